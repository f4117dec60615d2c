import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { DEMO_USERS, loadDemoData } from './demo-data';
import { migrateToLatest } from './migrate';
import { openEmptyDatabase, useTestDatabase } from './testing';

const handle = await useTestDatabase();

const fakeHash = async (password: string) => `test-hash:${password}`;

describe(`demo data (${handle.kind})`, () => {
  it('loads nothing into a database that already has accounts', async () => {
    // The shared test database has accounts from other tests (or will): the loader must refuse to mix in.
    await handle.db
      .insertInto('accounts')
      .values({ id: '999000000001', name: 'Existing' })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
    expect(await loadDemoData(handle.db, { hashPassword: fakeHash })).toBe(false);
  });

  it('loads SPEC §14 into an empty database, once, with dates relative to today', async () => {
    const fresh = await openEmptyDatabase();
    try {
      await migrateToLatest(fresh.db);
      expect(await migrateToLatest(fresh.db)).toEqual([]);
      expect(await loadDemoData(fresh.db, { hashPassword: fakeHash })).toBe(true);
      expect(await loadDemoData(fresh.db, { hashPassword: fakeHash })).toBe(false);
      const users = await fresh.db.selectFrom('users').select('email').orderBy('email').execute();
      expect(users.map((u) => u.email)).toEqual(DEMO_USERS.map((u) => u.email).sort());
      const initech = await fresh.db
        .selectFrom('seller_tax')
        .where('account_id', '=', '444444444444')
        .selectAll()
        .execute();
      expect(initech).toEqual([]);
      const fps = await fresh.db
        .selectFrom('authorization_installments')
        .select([
          'invoice_date',
          'isv_cents',
          sql<number>`invoice_date - current_date`.as('in_days'),
        ])
        .where('authorization_id', '=', 'resaleauthz-nwschedule001')
        .orderBy('position')
        .execute();
      expect(fps.map((i) => [i.isv_cents, i.in_days])).toEqual([
        [50, 30],
        [50, 60],
      ]);
      const kinds = await fresh.db
        .selectFrom('resale_authorizations')
        .select(['reseller_account_id', 'pricing_kind'])
        .where('reseller_account_id', '=', '222222222222')
        .orderBy('pricing_kind')
        .execute();
      expect(kinds.map((k) => k.pricing_kind)).toEqual(['custom', 'discount', 'schedule']);
      const cma = await fresh.db
        .selectFrom('product_dimensions')
        .select(['display_name', 'list_unit_cents'])
        .where('product_id', '=', 'c1d0a7e2-5b1f-4c3a-9e8d-2f6b7a1c0d11')
        .orderBy('position')
        .execute();
      expect(cma).toEqual([
        { display_name: 'Assessment', list_unit_cents: 2_500_000 },
        { display_name: 'Workshop day', list_unit_cents: 199_999 },
      ]);
    } finally {
      await fresh.close();
    }
  });
});
