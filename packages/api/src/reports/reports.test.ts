// The seller's reports (SPEC §9) through the API and the CSV route, as reseller and as ISV.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { reconcileLedger } from '../invoices/reconcile';
import {
  acceptOffer,
  EXAMPLE_2,
  publishOfferDirectly,
  type TestSeller,
} from '../invoices/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
const db = t.handle.db;

const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
const reseller = await t.newAccount({ seller: 'complete' });
const sellers = { isv, reseller };

// A: FPS to two buyers, published 2027-02-10, one accepts on 2027-02-11 and pays 2027-02-12.
const fps = await publishOfferDirectly(t, {
  ...sellers,
  authorization: {
    kind: 'schedule',
    quantity: 1,
    installments: [
      { invoiceDate: '2027-02-11', isvCents: 100_000 },
      { invoiceDate: '2027-04-15', isvCents: 200_000 },
    ],
  },
  pricing: { mode: 'MARKUP', markupPpm: 100_000 },
  buyers: 2,
  expirationDate: '2027-12-31',
  publishedAt: new Date('2027-02-10T10:00:00Z'),
  offerName: '=cmd|\' /C calc\'!A0, "quoted"',
});
// B: published 2027-03-05, expired 2027-03-20. C: published 2027-03-06, then cancelled.
await publishOfferDirectly(t, {
  ...sellers,
  ...EXAMPLE_2,
  expirationDate: '2027-03-20',
  publishedAt: new Date('2027-03-05T10:00:00Z'),
});
const cancelled = await publishOfferDirectly(t, {
  ...sellers,
  ...EXAMPLE_2,
  publishedAt: new Date('2027-03-06T10:00:00Z'),
});
await db
  .updateTable('offers')
  .set({ status: 'CANCELLED', cancelled_at: new Date('2027-03-07T00:00:00Z') })
  .where('id', '=', cancelled.offerId)
  .execute();
// D: a draft, never published.
const draft = await publishOfferDirectly(t, { ...sellers, ...EXAMPLE_2 });
await db
  .updateTable('offers')
  .set({ status: 'DRAFT', published_at: null, extended_at: null, combined_pdf_sha256: null })
  .where('id', '=', draft.offerId)
  .execute();

const buyer = fps.buyers[0] as TestSeller;
await acceptOffer(t, fps, buyer, '2027-02-11T09:00:00Z');
t.setClock(fixedClock('2027-02-12T09:00:00Z'));
const [firstInvoice] = (await buyer.client.trpc.buyer.invoices.list.query({ status: 'DUE' })).items;
await buyer.client.trpc.buyer.invoices.pay.mutate({ invoiceId: firstInvoice?.id ?? '' });
t.setClock(fixedClock('2027-04-01T12:00:00Z'));

describe(`reports (${t.handle.kind})`, () => {
  it('counts offers by status, EXPIRED from the clock; the ISV sees only extended offers', async () => {
    const asReseller = await reseller.client.trpc.reports.offersByStatus.query({});
    expect(Object.fromEntries(asReseller.rows.map((r) => [r.status, r.count]))).toEqual({
      DRAFT: 1,
      PUBLISHING: 0,
      PUBLISHED: 1,
      FAILED: 0,
      CANCELLED: 1,
      EXPIRED: 1,
    });
    expect(asReseller.total).toBe(4);
    const asIsv = await isv.client.trpc.reports.offersByStatus.query({ role: 'isv' });
    expect(asIsv.rows).toEqual([
      { status: 'PUBLISHED', count: 1 },
      { status: 'EXPIRED', count: 1 },
      { status: 'CANCELLED', count: 1 },
    ]);
    // Another seller sees none of them.
    const other = await t.newAccount({ seller: 'complete' });
    expect((await other.client.trpc.reports.offersByStatus.query({})).total).toBe(0);
  });

  it('rates acceptance: accepted ÷ targeted buyer accounts over offers published in the period', async () => {
    const report = await reseller.client.trpc.reports.acceptance.query({
      from: '2027-02-01',
      to: '2027-03-31',
    });
    expect(report.rows).toEqual([
      { month: '2027-02', offers: 1, targetedAccounts: 2, acceptedAccounts: 1, ratePpm: 500_000 },
      { month: '2027-03', offers: 2, targetedAccounts: 2, acceptedAccounts: 0, ratePpm: 0 },
    ]);
    expect(report.total).toEqual({
      offers: 3,
      targetedAccounts: 4,
      acceptedAccounts: 1,
      ratePpm: 250_000,
    });
    const february = await isv.client.trpc.reports.acceptance.query({
      role: 'isv',
      from: '2027-02-10',
      to: '2027-02-10',
    });
    expect(february.total).toMatchObject({ offers: 1, ratePpm: 500_000 });
    const empty = await reseller.client.trpc.reports.acceptance.query({
      from: '2026-01-01',
      to: '2026-01-31',
    });
    expect(empty.total).toEqual({
      offers: 0,
      targetedAccounts: 0,
      acceptedAccounts: 0,
      ratePpm: null,
    });
  });

  it('splits revenue by month into billed (by issue) and projected (by invoice date)', async () => {
    const asReseller = await reseller.client.trpc.reports.revenueByMonth.query({});
    expect(asReseller.rows).toEqual([
      {
        month: '2027-02',
        billedBuyerCents: 110_000,
        billedIsvCents: 100_000,
        billedResellerCents: 10_000,
        projectedBuyerCents: 0,
        projectedIsvCents: 0,
        projectedResellerCents: 0,
      },
      {
        month: '2027-03',
        billedBuyerCents: 0,
        billedIsvCents: 0,
        billedResellerCents: 0,
        projectedBuyerCents: 0,
        projectedIsvCents: 0,
        projectedResellerCents: 0,
      },
      {
        month: '2027-04',
        billedBuyerCents: 0,
        billedIsvCents: 0,
        billedResellerCents: 0,
        projectedBuyerCents: 220_000,
        projectedIsvCents: 200_000,
        projectedResellerCents: 20_000,
      },
    ]);
    const asIsv = await isv.client.trpc.reports.revenueByMonth.query({
      role: 'isv',
      from: '2027-01',
      to: '2027-04',
    });
    expect(asIsv.rows).toEqual([
      { month: '2027-01', billedIsvCents: 0, projectedIsvCents: 0 },
      { month: '2027-02', billedIsvCents: 100_000, projectedIsvCents: 0 },
      { month: '2027-03', billedIsvCents: 0, projectedIsvCents: 0 },
      { month: '2027-04', billedIsvCents: 0, projectedIsvCents: 200_000 },
    ]);
    expect(JSON.stringify(asIsv)).not.toMatch(/buyer|reseller/i);
  });

  it('takes the first and last months of the calendar, and refuses a month it lacks', async () => {
    const { revenueByMonth } = reseller.client.trpc.reports;
    const yearZero = await refusalOf(revenueByMonth.query({ from: '0000-10' }));
    expect(yearZero.data?.code).toBe('BAD_REQUEST');
    expect(yearZero.data?.issues[0]?.path).toEqual(['from']);
    expect(
      (await refusalOf(revenueByMonth.query({ to: '2027-13' }))).data?.issues[0]?.path,
    ).toEqual(['to']);
    // With the other month given too, so the range's own checks run beside the field's.
    const both = await refusalOf(revenueByMonth.query({ from: '0000-10', to: '2027-01' }));
    expect(both.data?.code).toBe('BAD_REQUEST');
    expect(both.data?.issues.map((issue) => issue.path)).toEqual([['from']]);
    const badLast = await refusalOf(revenueByMonth.query({ from: '2027-01', to: '0000-10' }));
    expect(badLast.data?.issues.map((issue) => issue.message)).toEqual([
      'Enter a month as YYYY-MM',
    ]);
    const last = await revenueByMonth.query({ from: '9999-11', to: '9999-12' });
    expect(last.rows.map((row) => row.month)).toEqual(['9999-11', '9999-12']);
    const first = await revenueByMonth.query({ from: '0001-01', to: '0001-02' });
    expect(first.rows.map((row) => row.month)).toEqual(['0001-01', '0001-02']);
  });

  it('lists upcoming disbursements with each side its own amounts', async () => {
    const asReseller = await reseller.client.trpc.reports.upcomingDisbursements.query({});
    expect(asReseller.items.map((d) => [d.scheduledOn, d.amountCents])).toEqual([
      ['2027-03-01', 10_000],
    ]);
    const asIsv = await isv.client.trpc.reports.upcomingDisbursements.query({ role: 'isv' });
    expect(asIsv.items.map((d) => [d.grossCents, d.feeCents, d.amountCents])).toEqual([
      [100_000, 3_500, 96_500],
    ]);
    expect(asIsv.byDate).toEqual([{ scheduledOn: '2027-03-01', count: 1, amountCents: 96_500 }]);
    expect(asIsv.totalCents).toBe(96_500);
  });

  it('downloads every report as CSV, formula cells neutralised', async () => {
    const get = (client: TestSeller['client'], path: string) => client.fetchRaw(path);
    const upcoming = await get(reseller.client, '/files/reports/upcoming-disbursements.csv');
    expect(upcoming.status).toBe(200);
    expect(upcoming.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(upcoming.headers.get('content-disposition')).toBe(
      'attachment; filename="upcoming-disbursements-2027-04-01.csv"',
    );
    const lines = (await upcoming.text()).replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'Disbursement date,Offer,Product,Buyer account,Invoice,Invoice date,Gross (USD),Listing fee (USD),Amount (USD)',
    );
    expect(lines[1]).toBe(
      `2027-03-01,"'=cmd|' /C calc'!A0, ""quoted""",${fps.productName},${buyer.accountId},${firstInvoice?.id},2027-02-11,100.00,0.00,100.00`,
    );
    expect(lines[2]).toBe('');

    const revenue = await (
      await get(isv.client, '/files/reports/revenue-by-month.csv?role=isv')
    ).text();
    expect(revenue.replace(/^\uFEFF/, '')).toBe(
      'Month,"Billed, your amount (USD)","Projected, your amount (USD)"\r\n2027-02,1000.00,0.00\r\n2027-03,0.00,0.00\r\n2027-04,0.00,2000.00\r\n',
    );
    const acceptance = await (
      await get(reseller.client, '/files/reports/acceptance.csv?from=2027-02-01&to=2027-03-31')
    ).text();
    expect(acceptance).toContain('Total,3,4,1,25.0000\r\n');
    const statuses = await (
      await get(reseller.client, '/files/reports/offers-by-status.csv')
    ).text();
    expect(statuses).toContain('Total,4\r\n');
    const byName = await get(reseller.client, '/files/reports/offersByStatus.csv');
    expect(await byName.text()).toBe(statuses);

    expect((await t.anonymous().fetchRaw('/files/reports/acceptance.csv')).status).toBe(401);
    const bad = await get(reseller.client, '/files/reports/acceptance.csv?from=yesterday');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toBe('Enter a date as YYYY-MM-DD');
    expect((await get(reseller.client, '/files/reports/everything.csv')).status).toBe(404);
  });

  it('reconciles every agreement of this suite', async () => {
    const result = await reconcileLedger(t.handle.db, t.api.services.config.listingFeePpm);
    expect(result.agreements).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  });
});
