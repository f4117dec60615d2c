// The typed tRPC client for both SPAs. AppRouter is a type-only import: no server code is
// bundled, only the procedure names and their input/output types.
import type { AppRouter } from '@offerdesk/api';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { createTRPCContext } from '@trpc/tanstack-react-query';
import { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';

export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();

export type TrpcClient = ReturnType<typeof createTRPCClient<AppRouter>>;

export function createTrpcClient(url = '/trpc'): TrpcClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url,
        // Read at each request: the API sets or rotates the cookie (e.g. at sign-in).
        headers: () => {
          const token = readCookie(CSRF_COOKIE);
          return token ? { [CSRF_HEADER]: token } : {};
        },
        fetch: (input, init) => fetch(input, { ...init, credentials: 'same-origin' }),
      }),
    ],
  });
}

export type { AppRouter, RouterInputs, RouterOutputs } from '@offerdesk/api';
