// pg-boss's own connections on PostgreSQL, in the web's process (runner.ts): V8 threw away the
// code the web's pages run through the first time one of them closed when idle, and the first
// time its LISTEN heartbeat ran. So its pool keeps what it opened, and the first heartbeat
// comes within a second or two of the start, before there is traffic. (On PGlite pg-boss has
// no connections of its own.)
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { PgBoss } from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { bossOptions } from './runner';

const t = await startTestApi();

/** A pg-boss as the runner makes it, named so that its connections can be told apart. */
async function startBoss(idleTimeoutMillis?: number): Promise<{ boss: PgBoss; name: string }> {
  const name = `offerdesk-jobs-test-${randomBytes(4).toString('hex')}`;
  // pg-boss hands these on to pg's Pool; 10 s idle by default, shortened here to save time.
  const options: ReturnType<typeof bossOptions> & { idleTimeoutMillis?: number } = {
    ...bossOptions(t.handle),
    application_name: name,
    ...(idleTimeoutMillis ? { idleTimeoutMillis } : {}),
  };
  const boss = new PgBoss(options);
  boss.on('error', () => {});
  await boss.start();
  return { boss, name };
}

describe.runIf(t.handle.kind === 'postgres')('pg-boss’s own connections (postgres)', () => {
  it('keeps the connections it opened when they fall idle', async () => {
    const { boss } = await startBoss(500);
    try {
      // Four at once: the pool opens all four of its connections.
      const pids = async () => {
        const results = await Promise.all(
          [0, 1, 2, 3].map(() =>
            boss.getDb().executeSql('SELECT pg_backend_pid() AS pid, pg_sleep(0.2)'),
          ),
        );
        return results.map((r) => (r.rows[0] as { pid: number }).pid).sort();
      };
      const before = await pids();
      expect(new Set(before).size).toBe(4);
      await sleep(1_500);
      expect(await pids()).toEqual(before);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });

  it('runs its first LISTEN heartbeat within seconds of starting', async () => {
    const { boss, name } = await startBoss();
    try {
      // The heartbeat is the only statement pg-boss runs with pg_listening_channels; a
      // backend's row shows its last statement.
      const heartbeats = async () => {
        const { rows } = await sql<{ n: number }>`
          SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE application_name = ${name} AND query LIKE '%pg_listening_channels%'`.execute(
          t.handle.db,
        );
        return rows[0]?.n ?? 0;
      };
      // By default the first would come 10 s after the start.
      await expect.poll(heartbeats, { timeout: 5_000, interval: 100 }).toBe(1);
    } finally {
      await boss.stop({ graceful: false, close: true });
    }
  });
});
