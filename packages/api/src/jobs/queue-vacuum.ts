// The job table's upkeep where nothing else does it. Every pg-boss job is inserted, then
// updated when fetched and again when completed: two dead row versions a job, and entries for
// them in the table's partial indexes. Autovacuum clears them where it runs. Where it does not
// (a PostgreSQL with autovacuum off, as on the machine CI and the bench run on, and PGlite,
// which runs no autovacuum launcher) they pile up, and every fetch of every queue wades
// through them: after a minute of 300 acceptances a second (then 600 mail jobs a second) an empty
// poll cost PostgreSQL 2.4 ms instead of 0.4 ms, and the mail queue's fetch 2.1 ms instead of
// 1.0 ms (bench, issue 9). So the worker vacuums the job table itself, every 10 s when it has
// enough dead rows to be worth it, on those databases only.
//
// Nothing is asked of the database at start: a worker must start (and retry its jobs) while
// the database refuses connections for a moment. The first tick asks whether autovacuum runs.
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Logger } from 'pino';

export type QueueVacuumOptions = {
  everyMs: number;
  /** Dead row versions in the job table below which a tick does nothing. */
  minDeadRows: number;
  /** How long `stop` waits for a vacuum in progress before it lets shutdown go on. */
  stopWaitMs: number;
};

const DEFAULTS: QueueVacuumOptions = { everyMs: 10_000, minDeadRows: 1_000, stopWaitMs: 5_000 };

export type QueueVacuum = { stop(): Promise<void> };

/**
 * Whether the database's own autovacuum looks after the job table. (A table can also have
 * autovacuum switched off by a storage parameter; pg-boss's tables do not.)
 */
export async function autovacuumRuns(handle: DbHandle): Promise<boolean> {
  if (handle.kind === 'pglite') return false;
  const { rows } = await sql<{ runs: boolean }>`
    SELECT current_setting('autovacuum') = 'on' AND current_setting('track_counts') = 'on' AS runs
  `.execute(handle.db);
  return rows[0]?.runs === true;
}

/** Dead row versions in the job table's partitions, as the statistics last counted them. */
async function deadRows(db: Kysely<Database>, schema: string): Promise<number> {
  const { rows } = await sql<{ dead: number }>`
    SELECT coalesce(sum(n_dead_tup), 0)::int AS dead FROM pg_stat_all_tables
    WHERE relid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = ${`${schema}.job`}::regclass)
  `.execute(db);
  return rows[0]?.dead ?? 0;
}

export function startQueueVacuum(
  handle: DbHandle,
  schema: string,
  logger: Logger,
  options: Partial<QueueVacuumOptions> = {},
): QueueVacuum {
  const { everyMs, minDeadRows, stopWaitMs } = { ...DEFAULTS, ...options };
  let needed: boolean | null = null;
  const tick = async () => {
    try {
      needed ??= !(await autovacuumRuns(handle));
      if (!needed || (await deadRows(handle.db, schema)) < minDeadRows) return;
      // SKIP_LOCKED: another process's worker vacuuming it already is enough.
      await sql`VACUUM (SKIP_LOCKED) ${sql.table(`${schema}.job`)}`.execute(handle.db);
    } catch (error) {
      logger.warn({ err: error }, 'job table vacuum failed; the next tick retries');
    }
  };
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    // One at a time: a tick that finds the last one still running lets it be.
    running ??= tick().finally(() => {
      running = null;
    });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      // A vacuum stuck on the database must not hold shutdown up for long.
      const waited = new Promise<void>((resolve) => setTimeout(resolve, stopWaitMs).unref());
      await Promise.race([running, waited]);
    },
  };
}
