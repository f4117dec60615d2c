// The queue's two promises: a job exists exactly when the transaction that sent it commits,
// and on PGlite (one connection) pg-boss never runs a statement inside someone else's
// Kysely transaction.
import { randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { serializedPgliteDb } from './pglite-adapter';

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
});
