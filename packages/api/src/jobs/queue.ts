// The durable job queue (pg-boss, in the same PostgreSQL or PGlite as the data). Jobs are
// enqueued inside the caller's transaction, so a job exists exactly when its change commits.
import type { Database, Kysely } from '@offerdesk/db';

export type JobName = 'publish-offer' | 'send-notification';

export type SendOptions = { singletonKey?: string; startAfter?: Date };

export type JobQueue = {
  send(
    db: Kysely<Database>,
    name: JobName,
    data: Record<string, unknown>,
    options?: SendOptions,
  ): Promise<void>;
};
