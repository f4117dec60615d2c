// What a seller reads of an agreement: the reseller every amount, the ISV its own amounts only,
// the role filter and pages, and NOT_FOUND to everyone else.
import { describe, expect, it } from 'vitest';
import { inDays } from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { insertAgreement, sale, scheduleFigures, upfrontFigures } from './agreement-test-kit';

const t = await startTestApi();

/** Every key, and every number, anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  }
  return [];
}
function numbersOf(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersOf);
  return [];
}

const FORBIDDEN_KEY = /reseller|markup|buyer(Unit|Cents|Total)|totals/i;
const forbiddenKeys = (payload: unknown) => keysOf(payload).filter((k) => FORBIDDEN_KEY.test(k));

/** The ISV must see none of the buyer's prices, the markup or the reseller's margin. */
function expectIsvAmountsOnly(payload: unknown, hidden: number[]) {
  const amounts = numbersOf(payload);
  expect(amounts.filter((n) => hidden.includes(n))).toEqual([]);
  expect(forbiddenKeys(payload)).toEqual([]);
}

const upfrontHidden = [2_809_409, 189_912, 2_265_656, 181_251, 543_753, 153_156, 36_756, 72_500];

describe(`agreements for sellers (${t.handle.kind})`, () => {
  it('shows the reseller every amount', async () => {
    const s = await sale(t);
    const agreementId = await insertAgreement(t, s, upfrontFigures);
    const { items, nextCursor } = await s.reseller.client.trpc.agreements.list.query();
    expect(nextCursor).toBeNull();
    expect(items).toEqual([
      {
        role: 'reseller',
        id: agreementId,
        offerId: s.offerId,
        offerName: `Offer - ${s.buyer.accountId} - ${s.productName}`,
        product: { id: s.productId, name: s.productName },
        acceptedAt: expect.any(String),
        buyerAccountId: s.buyer.accountId,
        isv: { accountId: s.isv.accountId, name: s.isv.name },
        pricingMode: 'MARKUP',
        markupPpm: 72_500,
        totals: { buyerCents: 2_809_409, isvCents: 2_619_497, resellerCents: 189_912 },
      },
    ]);
    const detail = await s.reseller.client.trpc.agreements.get.query({ agreementId });
    expect(detail.role).toBe('reseller');
    if (detail.role !== 'reseller') return;
    expect(detail.lines).toEqual(upfrontFigures.lines);
    expect(detail.eulaSha256).toBe('c'.repeat(64));
    // The check the ISV's views pass does catch these amounts.
    expect(forbiddenKeys(detail)).toContain('resellerCents');
  });

  it('shows the ISV its own amounts only', async () => {
    const s = await sale(t);
    const agreementId = await insertAgreement(t, s, upfrontFigures);
    const list = await s.isv.client.trpc.agreements.list.query();
    expect(list.items).toEqual([
      {
        role: 'isv',
        id: agreementId,
        offerId: s.offerId,
        offerName: `Offer - ${s.buyer.accountId} - ${s.productName}`,
        product: { id: s.productId, name: s.productName },
        acceptedAt: expect.any(String),
        buyerAccountId: s.buyer.accountId,
        soldBy: { accountId: s.reseller.accountId, name: s.reseller.name },
        isvTotalCents: 2_619_497,
      },
    ]);
    expectIsvAmountsOnly(list, upfrontHidden);
    const isvList = await s.isv.client.trpc.isv.agreements.list.query();
    expect(isvList).toEqual(list);
    const detail = await s.isv.client.trpc.agreements.get.query({ agreementId });
    expectIsvAmountsOnly(detail, upfrontHidden);
    expect(detail).toMatchObject({
      role: 'isv',
      isvTotalCents: 2_619_497,
      lines: [
        {
          key: 'assessment',
          displayName: 'Assessment',
          quantity: 1,
          wholesaleUnitCents: 2_112_500,
          isvCents: 2_112_500,
        },
        {
          key: 'workshop-day',
          displayName: 'Workshop day',
          quantity: 3,
          wholesaleUnitCents: 168_999,
          isvCents: 506_997,
        },
      ],
      installments: [],
    });
  });

  it('shows the ISV its installment amounts of a payment schedule, not the buyer amounts', async () => {
    const s = await sale(t);
    const agreementId = await insertAgreement(t, s, scheduleFigures);
    const detail = await s.isv.client.trpc.agreements.get.query({ agreementId });
    expect(detail).toMatchObject({
      isvTotalCents: 100,
      lines: [],
      installments: [
        { invoiceDate: inDays(30), isvCents: 50 },
        { invoiceDate: inDays(60), isvCents: 50 },
      ],
    });
    expectIsvAmountsOnly(detail, [55, 110]);
    const asReseller = await s.reseller.client.trpc.agreements.get.query({ agreementId });
    expect(asReseller).toMatchObject({
      pricingMode: 'FIXED_PRICE',
      totals: { buyerCents: 110, isvCents: 100, resellerCents: 10 },
      installments: scheduleFigures.installments,
    });
  });

  it('tags each agreement with the caller role, and filters by role', async () => {
    const seller = await t.newAccount({ seller: 'complete' });
    const asReseller = await sale(t, undefined, seller);
    const asIsv = await sale(t, seller);
    const sold = await insertAgreement(
      t,
      asReseller,
      upfrontFigures,
      new Date(Date.now() - 60_000),
    );
    const bought = await insertAgreement(t, asIsv, upfrontFigures);
    const all = await seller.client.trpc.agreements.list.query();
    expect(all.items.map((a) => [a.id, a.role])).toEqual([
      [bought, 'isv'],
      [sold, 'reseller'],
    ]);
    const isvOnly = await seller.client.trpc.agreements.list.query({ role: 'isv' });
    expect(isvOnly.items.map((a) => a.id)).toEqual([bought]);
    expectIsvAmountsOnly(isvOnly, upfrontHidden);
    const resellerOnly = await seller.client.trpc.agreements.list.query({ role: 'reseller' });
    expect(resellerOnly.items.map((a) => a.id)).toEqual([sold]);
    const first = await seller.client.trpc.agreements.list.query({ limit: 1 });
    const second = await seller.client.trpc.agreements.list.query({
      limit: 1,
      cursor: first.nextCursor,
    });
    expect([...first.items, ...second.items].map((a) => a.id)).toEqual([bought, sold]);
    expect(second.nextCursor).toBeNull();
    const searched = await seller.client.trpc.agreements.list.query({
      search: asReseller.buyer.accountId,
    });
    expect(searched.items.map((a) => a.id)).toEqual([sold]);
    const byProduct = await seller.client.trpc.agreements.list.query({
      search: asIsv.productName.toUpperCase(),
    });
    expect(byProduct.items.map((a) => a.id)).toEqual([bought]);
  });

  it('answers NOT_FOUND to every other account', async () => {
    const s = await sale(t);
    const agreementId = await insertAgreement(t, s, upfrontFigures);
    const other = await t.newAccount({ seller: 'complete' });
    for (const client of [other.client, s.buyer.client]) {
      const refusal = await refusalOf(client.trpc.agreements.get.query({ agreementId }));
      expect(refusal.data?.code).toBe('NOT_FOUND');
      expect((await client.trpc.agreements.list.query()).items).toEqual([]);
    }
    expect((await other.client.trpc.isv.agreements.list.query()).items).toEqual([]);
    const anonymous = await refusalOf(t.anonymous().trpc.agreements.list.query());
    expect(anonymous.data?.code).toBe('UNAUTHORIZED');
  });
});
