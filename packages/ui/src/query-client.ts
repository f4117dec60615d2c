import { QueryClient } from '@tanstack/react-query';
import { httpStatusOf } from './errors';

const MAX_RETRIES = 2;

/**
 * Retries only what another attempt can fix: no answer at all (network) or a 5xx. A 4xx is the
 * server's considered answer (bad input, signed out, not found), and repeating it only delays
 * the message the user needs.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_RETRIES) return false;
  const status = httpStatusOf(error);
  return status === undefined || status >= 500;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Lists change when other people act (a buyer accepts); a short stale time keeps
        // screens fresh without refetching on every mount.
        staleTime: 15_000,
        refetchOnWindowFocus: true,
      },
      // A mutation is never repeated behind the user's back; the API makes the important
      // ones idempotent, and the user decides whether to try again.
      mutations: { retry: false },
    },
  });
}
