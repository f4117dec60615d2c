// Integration tests run the real API: an HTTP server on a free loopback port, the real tRPC
// stack, the worker, and a database per test file (PGlite, or PostgreSQL when DATABASE_URL is
// set). Each signed-in client keeps its own cookies and sends the CSRF header like the SPAs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useTestDatabase } from '@offerdesk/db/testing';
import pino from 'pino';
import { afterAll } from 'vitest';
import { type Clock, systemClock } from '../clock';
import { type ApiConfig, defaultApiConfig } from '../config';
import { type Api, createApi } from '../create-api';
import { FAST_HASHING } from './test-client';
import { type TestWorld, testWorld } from './test-world';

export { TEST_PASSWORD, type TestClient } from './test-client';

export type TestApi = TestWorld & {
  api: Api;
  setClock(clock: Clock | null): void;
};

export async function startTestApi(
  overrides: Partial<ApiConfig> = {},
  options: { isolatedDatabase?: boolean; mailOutbox?: boolean } = {},
): Promise<TestApi> {
  const handle = await useTestDatabase({ isolated: options.isolatedDatabase });
  const config: ApiConfig = { ...defaultApiConfig, passwordHashing: FAST_HASHING, ...overrides };
  const logger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  let clock: Clock = systemClock;
  const switchable: Clock = { now: () => clock.now(), sqlNow: () => clock.sqlNow() };
  const api = await createApi({ handle, config, logger, clock: switchable });
  await api.startWorker({ mailOutbox: options.mailOutbox });
  const server: Server = createServer((req, res) => {
    // The URL parsed as the server's HTTP layer parses it (apps/server); one it cannot read is
    // a 500 here, where the server answers 400.
    Promise.resolve()
      .then(() => api.handle(req, res, new URL(req.url ?? '/', 'http://localhost')))
      .then(
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

  return {
    ...testWorld(baseUrl, handle),
    api,
    setClock: (next) => {
      clock = next ?? systemClock;
    },
  };
}
