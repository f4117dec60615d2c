// Invoices, payment and disbursements through the real API (SPEC §9), including its worked
// example, and a reconciliation of every agreement this file makes.
import { describe, expect, it } from 'vitest';
import { payOutDueDisbursements } from '../disbursements/pay-out';
import { startTestApi } from '../testing';
import { issueDueInvoices } from './issue-due-invoices';
import { reconcileLedger } from './reconcile';
import {
  acceptOffer,
  billingHelpers,
  EXAMPLE_2,
  errorOf,
  publishOfferDirectly,
  type TestSeller,
} from './test-fixtures';

const t = await startTestApi();
const { at, newSellers } = billingHelpers(t);

describe(`invoices and disbursements (${t.handle.kind})`, () => {
  it('follows SPEC §9 worked example: paid 2027-03-15, monthly day 1 → 2027-04-01', async () => {
    const sellers = await newSellers({}); // the default preference: monthly, day 1
    expect(await sellers.isv.client.trpc.settings.get.query()).toEqual({
      disbursementPreference: { kind: 'monthly', day: 1 },
    });
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, ...sellers });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer, '2027-03-15T09:00:00Z');

    const invoices = await at('2027-03-15T09:30:00Z', () =>
      buyer.client.trpc.buyer.invoices.list.query({}),
    );
    expect(invoices.items).toHaveLength(1);
    const invoice = invoices.items[0];
    expect(invoice).toMatchObject({
      offerId: offer.offerId,
      offerName: offer.offerName,
      product: { name: offer.productName },
      sellerOfRecord: sellers.reseller.name,
      invoiceDate: '2027-03-15',
      amountCents: 2_809_409, // 28,094.09
      status: 'DUE',
      issuedAt: '2027-03-15T09:00:00.000Z',
      paidAt: null,
    });
    // The buyer sees its own price only.
    expect(JSON.stringify(invoice)).not.toMatch(/isv|reseller(?!Name)|margin/i);

    const payment = await at('2027-03-15T10:00:00Z', () =>
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: invoice?.id ?? '' }),
    );
    expect(payment).toEqual({
      invoiceId: invoice?.id,
      status: 'PAID',
      amountCents: 2_809_409,
      paidAt: '2027-03-15T10:00:00.000Z',
    });

    const isvRows = await sellers.isv.client.trpc.disbursements.list.query({});
    expect(isvRows.items).toHaveLength(1);
    expect(isvRows.items[0]).toMatchObject({
      role: 'ISV',
      invoiceId: invoice?.id,
      grossCents: 2_619_497, // 26,194.97
      feeCents: 91_682, // 916.82 (916.82395 half up)
      amountCents: 2_527_815, // 25,278.15
      scheduledOn: '2027-04-01',
      status: 'SCHEDULED',
    });
    const resellerRows = await sellers.reseller.client.trpc.disbursements.list.query({});
    expect(resellerRows.items).toHaveLength(1);
    expect(resellerRows.items[0]).toMatchObject({
      role: 'RESELLER',
      grossCents: 189_912,
      feeCents: 0,
      amountCents: 189_912, // 1,899.12
      scheduledOn: '2027-04-01',
    });

    // Marked paid out on its date, not before.
    await payOutDueDisbursements(t.handle.db, new Date('2027-03-31T23:59:59Z'));
    expect((await sellers.isv.client.trpc.disbursements.list.query({})).items[0]?.status).toBe(
      'SCHEDULED',
    );
    await payOutDueDisbursements(t.handle.db, new Date('2027-04-01T00:00:00Z'));
    const paidOut = (await sellers.reseller.client.trpc.disbursements.list.query({})).items[0];
    expect(paidOut).toMatchObject({
      status: 'PAID_OUT',
      paidOutAt: '2027-04-01T00:00:00.000Z',
    });
  });

  it('follows the worked example with daily disbursements → 2027-03-16', async () => {
    const sellers = await newSellers({ isv: 'daily', reseller: 'daily' });
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, ...sellers });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer, '2027-03-15T09:00:00Z');
    const [invoice] = (await buyer.client.trpc.buyer.invoices.list.query({})).items;
    await at('2027-03-15T23:59:59Z', () =>
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: invoice?.id ?? '' }),
    );
    const isvRow = (await sellers.isv.client.trpc.disbursements.list.query({})).items[0];
    const resellerRow = (await sellers.reseller.client.trpc.disbursements.list.query({})).items[0];
    expect(isvRow).toMatchObject({ amountCents: 2_527_815, scheduledOn: '2027-03-16' });
    expect(resellerRow).toMatchObject({ amountCents: 189_912, scheduledOn: '2027-03-16' });
  });

  it('dates each seller by its own preference (ISV monthly 28, reseller daily)', async () => {
    const sellers = await newSellers({ isv: 28, reseller: 'daily' });
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, ...sellers });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer, '2027-12-28T12:00:00Z');
    const [invoice] = (await buyer.client.trpc.buyer.invoices.list.query({})).items;
    await at('2027-12-31T20:00:00Z', () =>
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: invoice?.id ?? '' }),
    );
    const isvRow = (await sellers.isv.client.trpc.disbursements.list.query({})).items[0];
    const resellerRow = (await sellers.reseller.client.trpc.disbursements.list.query({})).items[0];
    expect(isvRow?.scheduledOn).toBe('2028-01-28');
    expect(resellerRow?.scheduledOn).toBe('2028-01-01');
  });

  it('invoices an FPS agreement per installment: past dates DUE at once, later ones SCHEDULED', async () => {
    const offer = await publishOfferDirectly(t, {
      authorization: {
        kind: 'schedule',
        quantity: 1,
        installments: [
          { invoiceDate: '2027-01-05', isvCents: 50 },
          { invoiceDate: '2027-01-10', isvCents: 50 },
          { invoiceDate: '2027-02-01', isvCents: 50 },
        ],
      },
      pricing: { mode: 'FIXED_PRICE', buyerCents: [55, 55, 60] },
    });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer, '2027-01-10T08:00:00Z');
    const list = await at('2027-01-10T09:00:00Z', () =>
      buyer.client.trpc.buyer.invoices.list.query({}),
    );
    expect(list.items.map((i) => [i.invoiceDate, i.amountCents, i.status, i.issuedAt])).toEqual([
      ['2027-02-01', 60, 'SCHEDULED', null],
      ['2027-01-10', 55, 'DUE', '2027-01-10T08:00:00.000Z'],
      ['2027-01-05', 55, 'DUE', '2027-01-10T08:00:00.000Z'],
    ]);
    const scheduled = list.items[0]?.id ?? '';

    // Only DUE can be paid: the scheduled one says when it will be issued.
    const early = await errorOf(
      at('2027-01-31T23:59:59Z', () =>
        buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: scheduled }),
      ),
    );
    expect(early.data?.code).toBe('PRECONDITION_FAILED');
    expect(early.message).toBe(
      'This invoice is not due yet (it will be issued on February 1, 2027)',
    );

    // At 00:00 UTC of its date it is due: lists say so at once, the tick records the issue.
    const beforeTick = await at('2027-02-01T00:00:05Z', () =>
      buyer.client.trpc.buyer.invoices.list.query({ status: 'DUE' }),
    );
    expect(beforeTick.items.map((i) => i.invoiceDate)).toEqual([
      '2027-02-01',
      '2027-01-10',
      '2027-01-05',
    ]);
    expect(await issueDueInvoices(t.handle.db, new Date('2027-02-01T00:00:30Z'))).toBeGreaterThan(
      0,
    );
    const issued = (await buyer.client.trpc.buyer.invoices.list.query({})).items[0];
    expect(issued).toMatchObject({ status: 'DUE', issuedAt: '2027-02-01T00:00:00.000Z' });
    const paid = await at('2027-02-01T12:00:00Z', () =>
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: scheduled }),
    );
    expect(paid).toMatchObject({ status: 'PAID', amountCents: 60 });
  });

  it('lets the buyer pay an installment from 00:00 UTC of its date, before the tick has run', async () => {
    const offer = await publishOfferDirectly(t, {
      authorization: {
        kind: 'schedule',
        quantity: 1,
        installments: [{ invoiceDate: '2028-02-29', isvCents: 99_999 }],
      },
      pricing: { mode: 'FIXED_PRICE', buyerCents: [123_456] },
    });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer, '2028-01-10T08:00:00Z');
    const [invoice] = (await buyer.client.trpc.buyer.invoices.list.query()).items;
    const paid = await at('2028-02-29T00:00:00Z', () =>
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: invoice?.id ?? '' }),
    );
    expect(paid).toMatchObject({ status: 'PAID', amountCents: 123_456 });
    const [shown] = (await buyer.client.trpc.buyer.invoices.list.query()).items;
    expect(shown).toMatchObject({ status: 'PAID', issuedAt: '2028-02-29T00:00:00.000Z' });
    // Leap day, monthly on the 1st → 2028-03-01; 3.5 % of 999.99 is 34.99965 → 35.00.
    const [row] = (await offer.isv.client.trpc.disbursements.list.query()).items;
    expect(row).toMatchObject({ scheduledOn: '2028-03-01', feeCents: 3_500, amountCents: 96_499 });
  });

  it('records one payment: double clicks and retries return it, other accounts get NOT_FOUND', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer);
    const [invoice] = (await buyer.client.trpc.buyer.invoices.list.query({})).items;
    const invoiceId = invoice?.id ?? '';

    const other = await t.newAccount();
    const stranger = await errorOf(other.client.trpc.buyer.invoices.pay.mutate({ invoiceId }));
    expect(stranger.data?.code).toBe('NOT_FOUND');
    // Not even the sellers of the offer can pay it as buyer.
    const seller = await errorOf(
      offer.reseller.client.trpc.buyer.invoices.pay.mutate({ invoiceId }),
    );
    expect(seller.data?.code).toBe('NOT_FOUND');
    expect((await other.client.trpc.buyer.invoices.list.query({})).items).toEqual([]);

    const [first, second] = await Promise.all([
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId }),
      buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId }),
    ]);
    expect(second).toEqual(first);
    const again = await buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId });
    expect(again).toEqual(first);
    const rows = await t.handle.db
      .selectFrom('disbursements')
      .select(['role', 'amount_cents'])
      .where('invoice_id', '=', invoiceId)
      .orderBy('role')
      .execute();
    expect(rows).toEqual([
      { role: 'ISV', amount_cents: 2_527_815 },
      { role: 'RESELLER', amount_cents: 189_912 },
    ]);
  });

  it('shows sellers their invoices: the reseller every amount, the ISV its own only', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    await acceptOffer(t, offer, offer.buyers[0] as TestSeller);
    const asReseller = await offer.reseller.client.trpc.invoices.list.query({});
    expect(asReseller.items).toHaveLength(1);
    expect(asReseller.items[0]).toMatchObject({
      role: 'reseller',
      buyerCents: 2_809_409,
      isvCents: 2_619_497,
      resellerCents: 189_912,
      buyerAccountId: offer.buyers[0]?.accountId,
    });
    const asIsv = await offer.isv.client.trpc.invoices.list.query({ role: 'isv' });
    expect(asIsv.items).toHaveLength(1);
    expect(asIsv.items[0]).toMatchObject({ role: 'isv', isvCents: 2_619_497 });
    expect(asIsv.items[0]).not.toHaveProperty('buyerCents');
    expect(asIsv.items[0]).not.toHaveProperty('resellerCents');
    // Without a role, each row shows as the side this seller is on.
    const bothSides = await offer.isv.client.trpc.invoices.list.query();
    expect(bothSides.items.map((i) => i.role)).toEqual(['isv']);
    expect(bothSides.items[0]).not.toHaveProperty('buyerCents');
    // Each side sees nothing under the other role.
    expect((await offer.isv.client.trpc.invoices.list.query({ role: 'reseller' })).items).toEqual(
      [],
    );
    expect((await offer.reseller.client.trpc.invoices.list.query({ role: 'isv' })).items).toEqual(
      [],
    );
  });

  it('a zero-margin reseller still gets its disbursement row of 0.00', async () => {
    const offer = await publishOfferDirectly(t, {
      dimensions: [{ key: 'unit', listUnitCents: 1_000_000 }],
      authorization: { kind: 'custom', wholesaleUnitCents: { unit: 1_000_000 } },
      quantities: { unit: 12 },
      pricing: { mode: 'MARKUP', markupPpm: 0 },
    });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer);
    const [invoice] = (await buyer.client.trpc.buyer.invoices.list.query({})).items;
    expect(invoice?.amountCents).toBe(12_000_000);
    await buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: invoice?.id ?? '' });
    const [row] = (await offer.reseller.client.trpc.disbursements.list.query({})).items;
    expect(row).toMatchObject({ role: 'RESELLER', grossCents: 0, amountCents: 0 });
    const [isvRow] = (await offer.isv.client.trpc.disbursements.list.query({})).items;
    // 120,000.00 less 3.5 % = 115,800.00.
    expect(isvRow).toMatchObject({
      grossCents: 12_000_000,
      feeCents: 420_000,
      amountCents: 11_580_000,
    });
  });

  // Last: every agreement this file made, and every payment, reconciles to the cent.
  it('reconciles every agreement of this suite', async () => {
    const result = await reconcileLedger(t.handle.db, t.api.services.config.listingFeePpm);
    expect(result.agreements).toBeGreaterThanOrEqual(8);
    expect(result.problems).toEqual([]);
  });
});
