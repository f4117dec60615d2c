import { createPdfDocument } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { countRows, discountAuthorization, inDays, newIsvWithProduct } from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();

async function grantThree() {
  const { isv, productId, productName } = await newIsvWithProduct(t);
  const reseller = await t.newAccount({ seller: 'complete' });
  const buyer = await t.newAccount();
  const contract = await createPdfDocument(t.handle.db);
  const create = (input: ReturnType<typeof discountAuthorization>) =>
    isv.client.trpc.isv.authorizations.create.mutate(input).then((r) => r.authorizationId);
  const discount = await create(
    discountAuthorization(productId, reseller.accountId, {
      buyerAccountIds: [buyer.accountId],
      availability: { kind: 'until_date', expiresOn: inDays(90) },
    }),
  );
  const custom = await create(
    discountAuthorization(productId, reseller.accountId, {
      pricing: { kind: 'custom', wholesaleUnitCents: [2_000_000, 150_000] },
      contract: { kind: 'custom', sha256: contract },
    }),
  );
  const schedule = await create(
    discountAuthorization(productId, reseller.accountId, {
      pricing: {
        kind: 'schedule',
        installments: [
          { invoiceDate: inDays(30), isvCents: 50 },
          { invoiceDate: inDays(60), isvCents: 50 },
        ],
        quantity: 1,
        dimensionKey: 'assessment',
      },
      contract: { kind: 'none' },
      availability: { kind: 'single_use', expiresOn: inDays(20) },
    }),
  );
  return { isv, reseller, buyer, productId, productName, discount, custom, schedule };
}

describe(`reseller.opportunities (${t.handle.kind})`, () => {
  it('lists the authorizations granted to the caller, newest first, with their terms', async () => {
    const g = await grantThree();
    const { items, nextCursor } = await g.reseller.client.trpc.reseller.opportunities.list.query();
    expect(nextCursor).toBeNull();
    expect(
      items.map((o) => [
        o.id,
        o.pricing.label,
        o.contract.kind,
        o.availability,
        o.endsOn,
        o.status,
      ]),
    ).toEqual([
      [g.schedule, 'Payment schedule', 'none', 'single_use', inDays(20), 'active'],
      [g.custom, 'Custom price', 'custom', 'until_deactivated', null, 'active'],
      [g.discount, '15.50 % off list', 'standard', 'until_date', inDays(90), 'active'],
    ]);
    const discount = items[2];
    expect(discount?.product).toEqual({ id: g.productId, name: g.productName });
    expect(discount?.isv).toEqual({ accountId: g.isv.accountId, name: g.isv.name });
    expect(discount?.buyerAccountIds).toEqual([g.buyer.accountId]);
    expect(discount?.contract.acceptedAt).toBeNull();

    const page = await g.reseller.client.trpc.reseller.opportunities.list.query({ limit: 2 });
    const rest = await g.reseller.client.trpc.reseller.opportunities.list.query({
      limit: 2,
      cursor: page.nextCursor,
    });
    expect([...page.items, ...rest.items].map((o) => o.id)).toEqual([
      g.schedule,
      g.custom,
      g.discount,
    ]);
    expect(rest.nextCursor).toBeNull();

    // Nobody else sees them: not the ISV as reseller, not another seller.
    const other = await t.newAccount({ seller: 'complete' });
    expect((await other.client.trpc.reseller.opportunities.list.query()).items).toEqual([]);
    expect((await g.isv.client.trpc.reseller.opportunities.list.query()).items).toEqual([]);
  });

  it('shows an opportunity with list and wholesale unit prices and the schedule', async () => {
    const g = await grantThree();
    const get = (authorizationId: string) =>
      g.reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    const custom = await get(g.custom);
    expect(
      custom.dimensions.map((d) => [d.displayName, d.listUnitCents, d.wholesaleUnitCents]),
    ).toEqual([
      ['Assessment', 2_500_000, 2_000_000],
      ['Workshop day', 199_999, 150_000],
    ]);
    const schedule = await get(g.schedule);
    expect(schedule.schedule).toEqual([
      { invoiceDate: inDays(30), isvCents: 50 },
      { invoiceDate: inDays(60), isvCents: 50 },
    ]);
    expect(schedule.dimensions.map((d) => [d.key, d.fixedQuantity])).toEqual([['assessment', 1]]);
  });

  it('answers NOT_FOUND to every other account, and UNAUTHORIZED to nobody signed in', async () => {
    const g = await grantThree();
    const other = await t.newAccount({ seller: 'complete' });
    for (const client of [other.client, g.isv.client, g.buyer.client]) {
      const refusal = await refusalOf(
        client.trpc.reseller.opportunities.get.query({ authorizationId: g.discount }),
      );
      expect(refusal.data?.code).toBe('NOT_FOUND');
      expect(refusal.message).toBe('This opportunity was not found');
    }
    const anonymous = await refusalOf(
      t.anonymous().trpc.reseller.opportunities.get.query({ authorizationId: g.discount }),
    );
    expect(anonymous.data?.code).toBe('UNAUTHORIZED');
    const malformed = await refusalOf(
      g.reseller.client.trpc.reseller.opportunities.get.query({ authorizationId: 'resaleauthz-x' }),
    );
    expect(malformed.data?.code).toBe('BAD_REQUEST');
    expect(malformed.data?.issues[0]?.path).toEqual(['authorizationId']);
  });
});

describe(`reseller.acceptContract (${t.handle.kind})`, () => {
  it('records who accepted and when, once; accepting again returns the same record', async () => {
    const g = await grantThree();
    const first = await g.reseller.client.trpc.reseller.acceptContract.mutate({
      authorizationId: g.discount,
    });
    expect(first.acceptedByUserId).toBe(g.reseller.userId);
    const again = await g.reseller.client.trpc.reseller.acceptContract.mutate({
      authorizationId: g.discount,
    });
    expect(again).toEqual(first);
    expect(await countRows(t, 'contract_acceptances', 'authorization_id', g.discount)).toBe(1);
    const row = await t.handle.db
      .selectFrom('contract_acceptances')
      .selectAll()
      .where('authorization_id', '=', g.discount)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      reseller_account_id: g.reseller.accountId,
      user_id: g.reseller.userId,
    });
    const detail = await g.reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId: g.discount,
    });
    expect(detail.contract.acceptedAt).toBe(first.acceptedAt);
    // The ISV sees that its reseller accepted.
    const asIsv = await g.isv.client.trpc.isv.authorizations.get.query({
      authorizationId: g.discount,
    });
    expect(asIsv.contract.acceptedAt).toBe(first.acceptedAt);
    // A custom contract is accepted the same way.
    const custom = await g.reseller.client.trpc.reseller.acceptContract.mutate({
      authorizationId: g.custom,
    });
    expect(custom.authorizationId).toBe(g.custom);
  });

  it('refuses an opportunity without a contract, writing nothing', async () => {
    const g = await grantThree();
    const refusal = await refusalOf(
      g.reseller.client.trpc.reseller.acceptContract.mutate({ authorizationId: g.schedule }),
    );
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    expect(refusal.data?.issues).toEqual([
      { path: ['authorizationId'], message: 'This opportunity has no reseller contract to accept' },
    ]);
    expect(await countRows(t, 'contract_acceptances', 'authorization_id', g.schedule)).toBe(0);
  });

  it('answers NOT_FOUND to any account the opportunity was not granted to, writing nothing', async () => {
    const g = await grantThree();
    const other = await t.newAccount({ seller: 'complete' });
    for (const client of [other.client, g.isv.client]) {
      const refusal = await refusalOf(
        client.trpc.reseller.acceptContract.mutate({ authorizationId: g.discount }),
      );
      expect(refusal.data?.code).toBe('NOT_FOUND');
    }
    expect(await countRows(t, 'contract_acceptances', 'authorization_id', g.discount)).toBe(0);
  });
});
