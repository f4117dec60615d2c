// A statement compiled once answers each run with that run's values, keeps one text per
// variant, and refuses at its first build a value it could not swap for the next run's.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce } from './compiled-once';
import { createAccount, useTestDatabase } from './testing';

const handle = await useTestDatabase();
const { db } = handle;

const userOfAccount = compiledOnce((kysely, { accountId }: { accountId: string }) =>
  kysely
    .selectFrom('users')
    .select(['users.account_id', 'users.email'])
    .where('users.account_id', '=', accountId)
    .where('users.removed_at', 'is', null),
);

describe('compiledOnce', () => {
  it("answers every run with that run's values, inside a transaction too", async () => {
    const first = await createAccount(db);
    const second = await createAccount(db);
    expect(await userOfAccount(db, { accountId: first.accountId })).toEqual([
      { account_id: first.accountId, email: first.email },
    ]);
    const inTransaction = await db
      .transaction()
      .execute((tx) => userOfAccount(tx, { accountId: second.accountId }));
    expect(inTransaction).toEqual([{ account_id: second.accountId, email: second.email }]);
    expect(await userOfAccount(db, { accountId: 'no-such-account' })).toEqual([]);
  });

  it("keeps one statement per variant key, so a variant that changes gets its key's", async () => {
    const label = compiledOnce(
      (kysely, { text }: { text: string }, variant: { suffix: string }) =>
        kysely.selectNoFrom(sql<string>`${text}::text || ${variant.suffix}::text`.as('label')),
      (_kysely, variant) => variant.suffix,
    );
    const switchable = { suffix: '-a' };
    expect(await label(db, { text: 'one' }, switchable)).toEqual([{ label: 'one-a' }]);
    switchable.suffix = '-b';
    expect(await label(db, { text: 'two' }, switchable)).toEqual([{ label: 'two-b' }]);
    switchable.suffix = '-a';
    expect(await label(db, { text: 'three' }, switchable)).toEqual([{ label: 'three-a' }]);
  });

  it('refuses a value written into the text, changed, used inside another, or unused', async () => {
    const written = compiledOnce((kysely, { name }: { name: string }) =>
      kysely.selectFrom('users').select('users.email').where(sql.lit(name), '=', 'x'),
    );
    await expect(written(db, { name: 'x' })).rejects.toThrow(/written into the statement text/);
    const inside = compiledOnce((kysely, { email }: { email: string }) =>
      kysely.selectFrom('users').select('users.email').where('users.email', 'like', `%${email}%`),
    );
    await expect(inside(db, { email: 'x' })).rejects.toThrow(/inside another value/);
    const changed = compiledOnce((kysely, { email }: { email: string }) =>
      kysely.selectFrom('users').select('users.email').where('users.email', '=', `${email}.x`),
    );
    await expect(changed(db, { email: 'x' })).rejects.toThrow(/changed before it is used/);
    const unused = compiledOnce((kysely, _values: { email: string }) =>
      kysely.selectFrom('users').select('users.email'),
    );
    await expect(unused(db, { email: 'x' })).rejects.toThrow(/email not used/);
  });
});
