// A browser's view of the API for tests and the reliability suite: a tRPC client and a raw
// fetch that share one cookie jar and send the CSRF header like the SPAs. No vitest here, so
// suites that drive a real server process can use it too.
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import type { AppRouter } from '../root';

export const TEST_PASSWORD = 'correct horse battery staple';
/** argon2id at its cheapest: test accounts are made by the hundred. */
export const FAST_HASHING = { memoryCost: 1024, timeCost: 1 };

export type TestClient = {
  trpc: TRPCClient<AppRouter>;
  cookies: Map<string, string>;
  /** fetch against the server with this client's cookies and CSRF header (file routes, raw checks). */
  fetchRaw: typeof fetch;
};

export function makeClient(baseUrl: string): TestClient {
  const cookies = new Map<string, string>();
  const fetchRaw: typeof fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookies.size)
      headers.set(
        'cookie',
        [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; '),
      );
    const csrf = cookies.get('offerdesk_csrf');
    if (csrf) headers.set('x-csrf-token', csrf);
    const url = typeof input === 'string' && input.startsWith('/') ? `${baseUrl}${input}` : input;
    const response = await fetch(url, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (!pair || eq < 0) continue;
      const name = pair.slice(0, eq);
      const value = decodeURIComponent(pair.slice(eq + 1));
      if (/Max-Age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
  const trpc = createTRPCClient<AppRouter>({
    links: [httpLink({ url: `${baseUrl}/trpc`, fetch: fetchRaw })],
  });
  return { trpc, cookies, fetchRaw };
}
