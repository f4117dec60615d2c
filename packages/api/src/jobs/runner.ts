// Placeholder until the publish job lands: the queue refuses work so nothing is silently lost.
import type { DbHandle } from '@offerdesk/db';
import type { Logger } from 'pino';
import type { Services } from '../context';
import type { JobQueue } from './queue';

export async function createJobRunner(_handle: DbHandle, _logger: Logger) {
  const queue: JobQueue = {
    send: async (_db, name) => {
      throw new Error(`job queue not started: ${name}`);
    },
  };
  return {
    queue,
    startWorker: async (_services: Services) => {},
    stop: async () => {},
  };
}
