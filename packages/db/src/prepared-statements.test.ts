// A statement marked PREPARED answers like any other, and on PostgreSQL is planned once per
// connection under its name; its errors keep PostgreSQL's code and a stack through the caller.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { PREPARED } from './prepared-statements';
import { createAccount, useTestDatabase } from './testing';

const handle = await useTestDatabase();
const { db } = handle;

const emailOf = (kysely: typeof db, accountId: string) =>
  kysely
    .selectFrom('users')
    .modifyFront(PREPARED)
    .select('users.email')
    .where('users.account_id', '=', accountId)
    .execute();

describe(`PREPARED statements (${handle.kind})`, () => {
  it('answer each run with its own values, and on PostgreSQL by a name of their own', async () => {
    const first = await createAccount(db);
    const second = await createAccount(db);
    const prepared = await db.connection().execute(async (connection) => {
      const ask = (accountId: string) => emailOf(connection, accountId);
      expect(await ask(first.accountId)).toEqual([{ email: first.email }]);
      expect(await ask(second.accountId)).toEqual([{ email: second.email }]);
      expect(await ask('no-such-account')).toEqual([]);
      const { rows } = await sql<{ name: string; statement: string }>`
        select name, statement from pg_prepared_statements`.execute(connection);
      return rows.filter((row) => row.statement.includes('/* prepared */'));
    });
    if (handle.kind === 'postgres') {
      // One entry for the three runs: parsed and planned once on this connection.
      const ours = prepared.filter((row) => row.statement.includes('"users"."account_id"'));
      expect(ours).toHaveLength(1);
      expect(ours[0]?.name).toMatch(/^p_[0-9a-f]{20}$/);
    } else {
      expect(prepared).toEqual([]);
    }
    expect(await emailOf(db, first.accountId)).toEqual([{ email: first.email }]);
  });

  it("fail with PostgreSQL's code and a stack through the caller", async () => {
    const failing = db
      .selectNoFrom(sql<number>`1 / ${0}::int`.as('quotient'))
      .modifyFront(PREPARED)
      .execute();
    const error = (await failing.catch((e: unknown) => e)) as Error & { code?: string };
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('22012'); // division_by_zero
    // The error arrives from pg's socket read; a log reader looks for the caller (Kysely adds
    // it). PGlite's errors are its own, and do not come through this path.
    if (handle.kind === 'postgres') expect(error.stack).toContain('prepared-statements.test');
  });
});
