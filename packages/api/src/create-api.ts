// The API as the server sees it: one request handler for /trpc and the file routes, and the
// job worker. The server owns the HTTP listener, static files and process lifecycle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DbHandle } from '@offerdesk/db';
import type { Logger } from 'pino';
import { type Clock, systemClock } from './clock';
import type { ApiConfig } from './config';
import type { Services } from './context';
import { createTrpcHandler, TRPC_PREFIX } from './http/trpc-handler';
import { createJobRunner } from './jobs/runner';

export type Api = {
  /** Handles the API's paths; resolves false when the path is not the API's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  startWorker(): Promise<void>;
  /** Stops the worker after the jobs in flight finish. */
  stop(): Promise<void>;
  services: Services;
};

export async function createApi(deps: {
  handle: DbHandle;
  config: ApiConfig;
  logger: Logger;
  clock?: Clock;
}): Promise<Api> {
  const runner = await createJobRunner(deps.handle, deps.logger);
  const services: Services = {
    handle: deps.handle,
    db: deps.handle.db,
    config: deps.config,
    clock: deps.clock ?? systemClock,
    logger: deps.logger,
    jobs: runner.queue,
  };
  const trpc = createTrpcHandler(services);
  return {
    services,
    async handle(req, res) {
      const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (pathname.startsWith(TRPC_PREFIX)) {
        await trpc(req, res, pathname);
        return true;
      }
      return false;
    },
    startWorker: () => runner.startWorker(services),
    stop: () => runner.stop(),
  };
}
