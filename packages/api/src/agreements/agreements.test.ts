import type { FrozenTerms } from '@offerdesk/db';
import { createPdfDocument, randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  discountAuthorization,
  inDays,
  insertAgreementWithInvoices,
  newIsvWithProduct,
  type Seller,
} from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();

/** SPEC §3 example 2, MARKUP 7.25 %: ISV 26,194.97, buyer 28,094.09, reseller 1,899.12. */
const upfrontFigures = {
  pricingMode: 'MARKUP' as const,
  markupPpm: 72_500,
  lines: [
    {
      key: 'assessment',
      displayName: 'Assessment',
      quantity: 1,
      wholesaleUnitCents: 2_112_500,
      buyerUnitCents: 2_265_656,
      isvCents: 2_112_500,
      buyerCents: 2_265_656,
      resellerCents: 153_156,
    },
    {
      key: 'workshop-day',
      displayName: 'Workshop day',
      quantity: 3,
      wholesaleUnitCents: 168_999,
      buyerUnitCents: 181_251,
      isvCents: 506_997,
      buyerCents: 543_753,
      resellerCents: 36_756,
    },
  ],
  installments: [],
  totals: { isv: 2_619_497, buyer: 2_809_409, reseller: 189_912 },
};

/** SPEC §3 example 1, FIXED PRICE: ISV 1.00, buyer 1.10, reseller 0.10. */
const scheduleFigures = {
  pricingMode: 'FIXED_PRICE' as const,
  markupPpm: null,
  lines: [],
  installments: [
    { invoiceDate: inDays(30), isvCents: 50, buyerCents: 55, resellerCents: 5 },
    { invoiceDate: inDays(60), isvCents: 50, buyerCents: 55, resellerCents: 5 },
  ],
  totals: { isv: 100, buyer: 110, reseller: 10 },
};

type Sale = {
  isv: Seller;
  reseller: Seller;
  buyer: Seller;
  productId: string;
  productName: string;
};

/** An ISV's product authorized to a reseller, and an offer of it to the buyer. */
async function sale(
  isv?: Seller,
  reseller?: Seller,
): Promise<Sale & { offerId: string; authorizationId: string }> {
  const product = isv
    ? await (async () => {
        const eulaSha256 = await createPdfDocument(t.handle.db);
        const name = `Premium support ${randomIds.offer()}`;
        const { productId } = await isv.client.trpc.isv.products.create.mutate({
          name,
          description: '',
          dimensions: [{ displayName: 'Month', description: '', listUnitCents: 450_000 }],
          eulaSha256,
        });
        return { isv, productId, productName: name };
      })()
    : await newIsvWithProduct(t);
  const seller = reseller ?? (await t.newAccount({ seller: 'complete' }));
  const buyer = await t.newAccount();
  const { authorizationId } = await product.isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(product.productId, seller.accountId),
  );
  const offerId = randomIds.offer();
  await t.handle.db
    .insertInto('offers')
    .values({
      id: offerId,
      reseller_account_id: seller.accountId,
      isv_account_id: product.isv.accountId,
      authorization_id: authorizationId,
      product_id: product.productId,
      name: `Offer - ${buyer.accountId} - ${product.productName}`,
      status: 'PUBLISHED',
      pricing_mode: 'MARKUP',
      markup_ppm: 72_500,
      expiration_date: inDays(30),
      combined_pdf_sha256: await createPdfDocument(t.handle.db),
      failure_reason: null,
      isv_total_cents: null,
      buyer_total_cents: null,
      reseller_total_cents: null,
      created_by_user_id: seller.userId,
      extended_at: sql<Date>`now()`,
      published_at: sql<Date>`now()`,
      cancelled_at: null,
    })
    .execute();
  return {
    isv: product.isv,
    reseller: seller,
    buyer,
    productId: product.productId,
    productName: product.productName,
    offerId,
    authorizationId,
  };
}

/** The agreement (and invoices) the acceptance service would write, with the given figures. */
async function insertAgreement(
  s: Awaited<ReturnType<typeof sale>>,
  figures: typeof upfrontFigures | typeof scheduleFigures,
  acceptedAt = new Date(),
): Promise<string> {
  const id = randomIds.agreement();
  const terms: FrozenTerms = {
    productName: s.productName,
    productId: s.productId,
    resellerName: s.reseller.name,
    isvName: s.isv.name,
    pricingMode: figures.pricingMode,
    markupPpm: figures.markupPpm,
    lines: figures.lines,
    installments: figures.installments,
  };
  await insertAgreementWithInvoices(
    t,
    {
      id,
      offer_id: s.offerId,
      buyer_account_id: s.buyer.accountId,
      reseller_account_id: s.reseller.accountId,
      isv_account_id: s.isv.accountId,
      product_id: s.productId,
      offer_name: `Offer - ${s.buyer.accountId} - ${s.productName}`,
      accepted_by_user_id: s.buyer.userId,
      accepted_at: acceptedAt,
      eula_sha256: 'c'.repeat(64),
      terms: JSON.stringify(terms),
      isv_total_cents: figures.totals.isv,
      buyer_total_cents: figures.totals.buyer,
      reseller_total_cents: figures.totals.reseller,
    },
    figures.installments,
  );
  return id;
}

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
    const s = await sale();
    const agreementId = await insertAgreement(s, upfrontFigures);
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
    const s = await sale();
    const agreementId = await insertAgreement(s, upfrontFigures);
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
    const s = await sale();
    const agreementId = await insertAgreement(s, scheduleFigures);
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
    const asReseller = await sale(undefined, seller);
    const asIsv = await sale(seller);
    const sold = await insertAgreement(asReseller, upfrontFigures, new Date(Date.now() - 60_000));
    const bought = await insertAgreement(asIsv, upfrontFigures);
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
    const s = await sale();
    const agreementId = await insertAgreement(s, upfrontFigures);
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

describe(`buyer.agreements.list (${t.handle.kind})`, () => {
  it("shows the buyer its agreements with what it pays, and nobody else's", async () => {
    const s = await sale();
    const agreementId = await insertAgreement(s, scheduleFigures);
    const { items, nextCursor } = await s.buyer.client.trpc.buyer.agreements.list.query();
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: agreementId,
      offerId: s.offerId,
      offerName: `Offer - ${s.buyer.accountId} - ${s.productName}`,
      product: { id: s.productId, name: s.productName },
      sellerOfRecord: s.reseller.name,
      publisher: s.isv.name,
      totalCents: 110,
      installments: [
        { invoiceDate: inDays(30), amountCents: 55 },
        { invoiceDate: inDays(60), amountCents: 55 },
      ],
    });
    const json = JSON.stringify(items);
    expect(json).not.toMatch(/isv(Cents|Total)|reseller(Cents|Total)|wholesale/i);
    const other = await t.newAccount();
    expect((await other.client.trpc.buyer.agreements.list.query()).items).toEqual([]);
    expect((await s.reseller.client.trpc.buyer.agreements.list.query()).items).toEqual([]);
  });
});
