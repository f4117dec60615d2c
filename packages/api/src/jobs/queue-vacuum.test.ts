import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { autovacuumRuns, startQueueVacuum } from './queue-vacuum';
import { PGBOSS_SCHEMA } from './runner';

const t = await startTestApi();
const db = t.handle.db;

/** How often the job table's default partition (where the queues' jobs are) was vacuumed. */
async function vacuumCount(): Promise<number> {
  const { rows } = await sql<{ count: number }>`
    SELECT vacuum_count::int AS count FROM pg_stat_all_tables
    WHERE schemaname = ${PGBOSS_SCHEMA} AND relname = 'job_common'`.execute(db);
  return rows[0]?.count ?? 0;
}

describe(`the job table's vacuum (${t.handle.kind})`, () => {
  it('vacuums the job table, on a schedule, where autovacuum does not run', async () => {
    const runs = await autovacuumRuns(t.handle);
    // PGlite has no autovacuum launcher; this machine's PostgreSQL has autovacuum off.
    if (t.handle.kind === 'pglite') expect(runs).toBe(false);
    const before = await vacuumCount();
    const vacuum = await startQueueVacuum(t.handle, PGBOSS_SCHEMA, pino({ level: 'silent' }), 20);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await vacuum.stop();
    const after = await vacuumCount();
    if (runs) expect(after).toBe(before);
    else expect(after).toBeGreaterThan(before);
    // Stopped: no vacuum after the stop.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await vacuumCount()).toBe(after);
  });
});
