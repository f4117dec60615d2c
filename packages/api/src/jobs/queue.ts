// The durable job queue (pg-boss, in the same PostgreSQL or PGlite as the data). Jobs are
// enqueued inside the caller's transaction, so a job exists exactly when its change commits.
import type { Database, Kysely } from '@offerdesk/db';

export type JobName = 'publish-offer' | 'calendar-tick' | 'password-reset-request';

export type SendOptions = { singletonKey?: string; startAfter?: Date };

export type JobQueue = {
  /**
   * Enqueues through `db`, which should be the caller's open transaction: the job's insert
   * commits or rolls back with the change that asked for it. Never call it from inside a
   * transaction with the root `db` on PGlite (one connection): it would wait for itself.
   */
  send(
    db: Kysely<Database>,
    name: JobName,
    data: Record<string, unknown>,
    options?: SendOptions,
  ): Promise<void>;
  /**
   * Wakes this process's workers of `name` now instead of at their next poll; 'mail' wakes the
   * mail outbox (within 50 ms, so that one batch takes a burst). Call it after the transaction
   * that sent the job or wrote the mail has committed (before, they would find nothing).
   * Workers in other processes are woken by LISTEN/NOTIFY on a notified queue, or find the
   * work at their next poll.
   */
  wake(name: JobName | 'mail'): void;
};
