// Integration tests run the real API: an HTTP server on a free loopback port, the real tRPC
// stack, the worker, and a database per test file (PGlite, or PostgreSQL when DATABASE_URL is
// set). Each signed-in client keeps its own cookies and sends the CSRF header like the SPAs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DbHandle } from '@offerdesk/db';
import { createAccount, type TestAccount, useTestDatabase } from '@offerdesk/db/testing';
import { createTRPCClient, httpLink, type TRPCClient } from '@trpc/client';
import pino from 'pino';
import { afterAll } from 'vitest';
import { hashPassword } from '../auth/passwords';
import { type Clock, systemClock } from '../clock';
import { type ApiConfig, defaultApiConfig } from '../config';
import { type Api, createApi } from '../create-api';
import type { AppRouter } from '../root';

export const TEST_PASSWORD = 'correct horse battery staple';
const FAST_HASHING = { memoryCost: 1024, timeCost: 1 };

export type TestClient = {
  trpc: TRPCClient<AppRouter>;
  cookies: Map<string, string>;
  /** fetch against the server with this client's cookies and CSRF header (file routes, raw checks). */
  fetchRaw: typeof fetch;
};

export type TestApi = {
  api: Api;
  handle: DbHandle;
  baseUrl: string;
  /** A client with no session (it still carries a CSRF cookie, like a browser that loaded the SPA). */
  anonymous(): TestClient;
  /** Signs in through auth.login and returns the client holding that session. */
  signIn(email: string, password?: string): Promise<TestClient>;
  /** A fresh account with one user whose password is TEST_PASSWORD, signed in. */
  newAccount(
    options?: Parameters<typeof createAccount>[1],
  ): Promise<TestAccount & { client: TestClient }>;
  setClock(clock: Clock | null): void;
};

let passwordHash: Promise<string> | null = null;

export async function startTestApi(
  overrides: Partial<ApiConfig> = {},
  options: { isolatedDatabase?: boolean } = {},
): Promise<TestApi> {
  const handle = await useTestDatabase({ isolated: options.isolatedDatabase });
  const config: ApiConfig = { ...defaultApiConfig, passwordHashing: FAST_HASHING, ...overrides };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let clock: Clock = systemClock;
  const switchable: Clock = { now: () => clock.now(), sqlNow: () => clock.sqlNow() };
  const api = await createApi({ handle, config, logger, clock: switchable });
  await api.startWorker();
  const server: Server = createServer((req, res) => {
    api.handle(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404).end();
      },
      (error: unknown) => {
        logger.error({ err: error }, 'unhandled');
        res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await api.stop();
  });

  const anonymous = () => makeClient(baseUrl);
  const signIn = async (email: string, password = TEST_PASSWORD) => {
    const client = makeClient(baseUrl);
    await client.trpc.auth.me.query(); // as the SPA does on load: this sets the CSRF cookie
    await client.trpc.auth.login.mutate({ email, password });
    return client;
  };
  return {
    api,
    handle,
    baseUrl,
    anonymous,
    signIn,
    setClock: (next) => {
      clock = next ?? systemClock;
    },
    async newAccount(options = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD, FAST_HASHING);
      const account = await createAccount(handle.db, {
        ...options,
        passwordHash: await passwordHash,
      });
      return { ...account, client: await signIn(account.email) };
    },
  };
}

function makeClient(baseUrl: string): TestClient {
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
