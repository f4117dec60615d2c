// The job table's upkeep where nothing else does it. Every pg-boss job is inserted, then
// updated when fetched and again when completed: two dead row versions a job, and entries for
// them in the table's partial indexes. Autovacuum clears them where it runs. Where it does not
// (a PostgreSQL with autovacuum off, as on the machine CI and the bench run on, and PGlite,
// which runs no autovacuum launcher) they pile up, and every fetch of every queue wades
// through them: after a minute of 300 acceptances a second (600 mail jobs) an empty poll cost
// PostgreSQL 2.4 ms instead of 0.4 ms, the mail queue's fetch 2.1 ms instead of 1.0 ms, and
// acceptance fell behind (bench, issue 9). So the worker vacuums the job table itself, every
// few seconds, on those databases only.
import type { DbHandle } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Logger } from 'pino';

const VACUUM_EVERY_MS = 10_000;

export type QueueVacuum = { stop(): Promise<void> };

/** Whether the database's own autovacuum looks after the job table. */
export async function autovacuumRuns(handle: DbHandle): Promise<boolean> {
  if (handle.kind === 'pglite') return false;
  const { rows } = await sql<{ runs: boolean }>`
    SELECT current_setting('autovacuum') = 'on' AND current_setting('track_counts') = 'on' AS runs
  `.execute(handle.db);
  return rows[0]?.runs === true;
}

export async function startQueueVacuum(
  handle: DbHandle,
  schema: string,
  logger: Logger,
  everyMs = VACUUM_EVERY_MS,
): Promise<QueueVacuum> {
  if (await autovacuumRuns(handle)) return { stop: async () => {} };
  let running: Promise<void> | null = null;
  const vacuum = async () => {
    try {
      // SKIP_LOCKED: another process's worker vacuuming it already is enough.
      await sql`VACUUM (SKIP_LOCKED) ${sql.table(`${schema}.job`)}`.execute(handle.db);
    } catch (error) {
      logger.warn({ err: error }, 'job table vacuum failed; the next one retries');
    }
  };
  const timer = setInterval(() => {
    // One at a time: a tick that finds the last vacuum still running lets it be.
    running ??= vacuum().finally(() => {
      running = null;
    });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
