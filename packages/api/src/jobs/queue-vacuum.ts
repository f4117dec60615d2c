// The job table's upkeep where nothing else does it. Every pg-boss job is inserted, then
// updated when fetched and again when completed: two dead row versions a job, and entries for
// them in the table's partial indexes. Autovacuum clears them where it runs. Where it does not
// (a PostgreSQL with autovacuum off, as on the machine CI and the bench run on, and PGlite,
// which runs no autovacuum launcher) they pile up, and every fetch of every queue wades
// through them: after a minute of 300 acceptances a second (then 600 mail jobs a second) an empty
// poll cost PostgreSQL 2.4 ms instead of 0.4 ms, and the mail queue's fetch 2.1 ms instead of
// 1.0 ms (bench, issue 9). So the worker vacuums the job table itself, every 10 s when it has
// enough dead rows to be worth it, on those databases only. The same goes for the mail
// outbox's table (notifications): every row mailed leaves a dead version, and an entry in the
// index of due rows that each poll would step over.
//
// Nothing is asked of the database at start: a worker must start (and retry its jobs) while
// the database refuses connections for a moment. The first tick asks whether autovacuum runs.
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import { type RawBuilder, sql } from 'kysely';
import type { Logger } from 'pino';

export type QueueVacuumOptions = {
  everyMs: number;
  /** Dead row versions in a table below which a tick leaves it. */
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

/** The tables vacuumed, each with the relations whose dead rows count for it. */
function queueTables(schema: string) {
  const jobs = `${schema}.job`;
  return [
    {
      table: jobs,
      // Its partitions, one per queue.
      relations: sql`SELECT inhrelid FROM pg_inherits WHERE inhparent = ${jobs}::regclass`,
    },
    { table: 'notifications', relations: sql`SELECT 'notifications'::regclass` },
  ];
}

/** Dead row versions in the relations, as the statistics last counted them. */
async function deadRows(db: Kysely<Database>, relations: RawBuilder<unknown>): Promise<number> {
  const { rows } = await sql<{ dead: number }>`
    SELECT coalesce(sum(n_dead_tup), 0)::int AS dead FROM pg_stat_all_tables
    WHERE relid IN (${relations})
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
  const tables = queueTables(schema);
  let needed: boolean | null = null;
  const tick = async () => {
    try {
      needed ??= !(await autovacuumRuns(handle));
      if (!needed) return;
      for (const { table, relations } of tables) {
        if ((await deadRows(handle.db, relations)) < minDeadRows) continue;
        // SKIP_LOCKED: another process's worker vacuuming it already is enough.
        await sql`VACUUM (SKIP_LOCKED) ${sql.table(table)}`.execute(handle.db);
      }
    } catch (error) {
      logger.warn({ err: error }, 'queue table vacuum failed; the next tick retries');
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
