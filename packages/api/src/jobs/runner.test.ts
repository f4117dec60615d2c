// The queue's two promises: a job exists exactly when the transaction that sent it commits,
// and on PGlite (one connection) pg-boss never runs a statement inside someone else's
// Kysely transaction.
import { randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { PgBoss } from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { serializedPgliteDb } from './pglite-adapter';
import { bossOptions } from './runner';

const t = await startTestApi();
const db = t.handle.db;
const jobs = t.api.services.jobs;

async function jobCount(singletonKey: string): Promise<number> {
  const result = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE singleton_key = ${singletonKey}`.execute(db);
  return result.rows[0]?.n ?? 0;
}

describe(`job queue (${t.handle.kind})`, () => {
  it('enqueues inside the caller’s transaction: rolled back, no job; committed, one job', async () => {
    const rolledBack = randomIds.offer();
    await expect(
      db.transaction().execute(async (tx) => {
        await jobs.send(tx, 'publish-offer', { offerId: rolledBack }, { singletonKey: rolledBack });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await jobCount(rolledBack)).toBe(0);

    const committed = randomIds.offer();
    await db.transaction().execute(async (tx) => {
      await jobs.send(tx, 'publish-offer', { offerId: committed }, { singletonKey: committed });
    });
    expect(await jobCount(committed)).toBe(1);
  });

  // PostgreSQL gives pg-boss connections of its own; only PGlite shares one with Kysely.
  const pgliteOnly = t.handle.kind === 'pglite' ? it : () => {};
  pgliteOnly(
    'on PGlite, pg-boss statements wait for an open Kysely transaction instead of joining it',
    async () => {
      const { pglite } = t.handle;
      if (!pglite) throw new Error('PGlite handle without its instance');
      const bossDb = serializedPgliteDb(db, pglite);
      let answered = false;
      let inside: Promise<{ rows: { xid: string | null }[] }> | null = null;
      await db.transaction().execute(async (tx) => {
        await sql`SELECT pg_current_xact_id()`.execute(tx); // this transaction now has an ID
        inside = bossDb
          .executeSql('SELECT pg_current_xact_id_if_assigned()::text AS xid')
          .then((result) => {
            answered = true;
            return result as { rows: { xid: string | null }[] };
          });
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(answered).toBe(false);
      });
      const result = await (inside as unknown as Promise<{ rows: { xid: string | null }[] }>);
      // Run after the commit, in no transaction: no transaction ID assigned.
      expect(result.rows).toEqual([{ xid: null }]);
    },
  );

  // On PostgreSQL pg-boss has connections of its own, in the web's process. Closing one, or a
  // first query on its LISTEN connection, made V8 throw away the code the web's pages run
  // through (runner.ts): both must happen before the web is busy, or not at all.
  describe.runIf(t.handle.kind === 'postgres')('pg-boss’s own connections', () => {
    /** A pg-boss as the runner makes it, named so that its connections can be told apart. */
    async function startBoss(): Promise<{ boss: PgBoss; name: string }> {
      const name = `offerdesk-jobs-${randomIds.offer()}`;
      const boss = new PgBoss({ ...bossOptions(t.handle), application_name: name });
      boss.on('error', () => {});
      await boss.start();
      return { boss, name };
    }

    it('keeps the connections it opened when they fall idle', async () => {
      const { boss } = await startBoss();
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
        // pg's pool closes a connection idle for 10 s unless told to keep it.
        await new Promise((resolve) => setTimeout(resolve, 11_000));
        expect(await pids()).toEqual(before);
      } finally {
        await boss.stop({ graceful: false, close: true });
      }
    }, 30_000);

    it('checks its LISTEN connection within two seconds of starting', async () => {
      const { boss, name } = await startBoss();
      try {
        const checked = async () => {
          const { rows } = await sql<{ n: number }>`
            SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE application_name = ${name} AND query LIKE '%pg_listening_channels%'`.execute(db);
          return rows[0]?.n ?? 0;
        };
        const deadline = Date.now() + 2_000;
        while ((await checked()) === 0 && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await checked()).toBe(1);
      } finally {
        await boss.stop({ graceful: false, close: true });
      }
    });
  });
});
