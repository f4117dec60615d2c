// The API as the server sees it: one request handler for /trpc and the file routes, and the
// job worker. The server owns the HTTP listener, static files and process lifecycle.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { DbHandle } from '@offerdesk/db';
import type { Logger } from 'pino';
import { startSessionCache } from './auth/session-cache';
import { type Clock, systemClock } from './clock';
import type { ApiConfig } from './config';
import type { Services } from './context';
import { isDatabaseUnavailable } from './database-unavailable';
import { warmUpPdfPipeline } from './documents/warm-up';
import { describeFileError, sendJson } from './http/files/file-responses';
import { createFilesHandler } from './http/files/files-handler';
import { handleReportCsv } from './http/files/reports-csv';
import { createTrpcHandler, TRPC_PREFIX } from './http/trpc-handler';
import { armFaultPoint } from './jobs/fault-points';
import { createJobRunner, type WorkerOptions } from './jobs/runner';
import { handleMailbox } from './mail/mailbox-route';

export type Api = {
  /** Handles the API's paths; resolves false when the path is not the API's (`url`: req's, parsed). */
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>;
  /**
   * Composes a small PDF once, so the first real one is as fast as the next; a few hundred ms
   * of this thread, so the server calls it once it listens. Never rejects.
   */
  warmUp(): Promise<void>;
  /** Starts taking jobs and mailing, once warmed up. */
  startWorker(options?: WorkerOptions): Promise<void>;
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
  armFaultPoint(deps.config.faultPoint);
  const [runner, sessions] = await Promise.all([
    createJobRunner(deps.handle, deps.logger),
    startSessionCache(deps.handle),
  ]);
  const services: Services = {
    handle: deps.handle,
    db: deps.handle.db,
    config: deps.config,
    clock: deps.clock ?? systemClock,
    logger: deps.logger,
    jobs: runner.queue,
    sessions,
  };
  const trpc = createTrpcHandler(services);
  const files = createFilesHandler(services);
  // The worker takes jobs once the PDF pipeline is warm, so the first publish is as fast as
  // the next (SPEC §5: PUBLISHED within a second). The warm-up yields one turn of the event
  // loop first, so that it does not hold up accepting the connections already waiting.
  let warmedUp: Promise<void> | null = null;
  const warmUp = () => {
    warmedUp ??= nextTurn()
      .then(() => warmUpPdfPipeline())
      .catch((error: unknown) => {
        deps.logger.warn({ err: error }, 'warming up the PDF pipeline failed');
      });
    return warmedUp;
  };
  const route = async (req: IncomingMessage, res: ServerResponse, url: URL) => {
    const pathname = url.pathname;
    if (pathname.startsWith(TRPC_PREFIX)) {
      await trpc(req, res, url);
      return true;
    }
    if (await files(req, res, url)) return true;
    if (await handleReportCsv(services, req, res, url)) return true;
    if (await handleMailbox(services, req, res, pathname)) return true;
    return false;
  };
  return {
    services,
    async handle(req, res, url) {
      try {
        return await route(req, res, url);
      } catch (error) {
        // The CSV and mailbox pages have no error shape of their own: the files' JSON one.
        const refusal = isDatabaseUnavailable(error) ? describeFileError(error) : null;
        if (!refusal || res.headersSent) throw error;
        sendJson(res, refusal.status, refusal.body);
        return true;
      }
    },
    warmUp,
    startWorker: async (options) => {
      await warmUp();
      await runner.startWorker(services, options);
    },
    stop: async () => {
      await runner.stop();
      await sessions.stop();
    },
  };
}
