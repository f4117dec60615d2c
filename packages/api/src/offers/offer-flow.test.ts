// The reseller's whole path (guide steps 2–9): create a draft from an opportunity, fill it
// in, extend, and see it PUBLISHED with its combined PDF — in all four resale scenarios and
// with each pricing choice of SPEC §3.
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../documents/compose';
import { startTestApi } from '../testing';
import {
  addOfferDocument,
  createCompleteDraft,
  daysFromToday,
  setUpResale,
  waitForStatus,
} from './offer-test-kit';

const t = await startTestApi();
const db = t.handle.db;

async function storedPdfPages(sha256: string | null): Promise<number | null> {
  if (!sha256) return null;
  const row = await db
    .selectFrom('documents')
    .select(['bytes', 'media_type'])
    .where('sha256', '=', sha256)
    .executeTakeFirstOrThrow();
  expect(row.media_type).toBe('application/pdf');
  return countPdfPages(row.bytes);
}

const SCENARIOS = [
  { name: 'ISV → ISV', isvType: 'ISV', resellerType: 'ISV' },
  { name: 'channel partner → ISV', isvType: 'ISV', resellerType: 'CHANNEL_PARTNER' },
  { name: 'ISV → channel partner', isvType: 'CHANNEL_PARTNER', resellerType: 'ISV' },
  {
    name: 'channel partner → channel partner',
    isvType: 'CHANNEL_PARTNER',
    resellerType: 'CHANNEL_PARTNER',
  },
] as const;

describe(`offer flow (${t.handle.kind})`, () => {
  for (const scenario of SCENARIOS) {
    it(`publishes a MARKUP offer on a discount authorization, ${scenario.name} (SPEC §3 example 2)`, async () => {
      const resale = await setUpResale(t, {
        isvType: scenario.isvType,
        resellerType: scenario.resellerType,
        dimensions: [
          { key: 'Assessment', listUnitCents: 2_500_000 },
          { key: 'Workshop day', listUnitCents: 199_999 },
        ],
        pricing: { kind: 'discount', discountPpm: 155_000 },
      });
      const { trpc } = resale;
      const { offerId } = await trpc.offers.createDraft.mutate({
        authorizationId: resale.authorizationId,
      });
      const draft = await trpc.offers.get.query({ offerId });
      expect(draft.status).toBe('DRAFT');
      expect(draft.pricingChoice).toEqual({ mode: 'MARKUP', markupPpm: null, buyerCents: null });
      expect(draft.pricing).toBeNull();

      const updated = await trpc.offers.update.mutate({
        offerId,
        buyerAccountIds: [resale.buyers[0]?.accountId ?? ''],
        dimensions: [
          { key: 'Assessment', quantity: 1 },
          { key: 'Workshop day', quantity: 3 },
        ],
        pricing: { mode: 'MARKUP', markupPpm: 72_500 },
        expirationDate: daysFromToday(14),
      });
      expect(updated.pricing?.lines.map((l) => [l.wholesaleUnitCents, l.buyerUnitCents])).toEqual([
        [2_112_500, 2_265_656],
        [168_999, 181_251],
      ]);
      expect(updated.pricing?.totals).toEqual({
        isvCents: 2_619_497,
        buyerCents: 2_809_409,
        resellerCents: 189_912,
      });
      await addOfferDocument(t, offerId, { fileName: 'Statement of work.pdf' });

      expect(await trpc.offers.extend.mutate({ offerId })).toEqual({
        offerId,
        status: 'PUBLISHING',
      });
      const published = await waitForStatus(trpc, offerId, 'PUBLISHED');
      expect(published.name).toBe(`Offer - ${resale.buyers[0]?.accountId} - ${resale.productName}`);
      expect(published.totals).toEqual({
        isvCents: 2_619_497,
        buyerCents: 2_809_409,
        resellerCents: 189_912,
      });
      expect(published.publishedAt).not.toBeNull();
      // Cover + EULA (1 page) + the statement of work (1 page).
      expect(await storedPdfPages(published.combinedPdfSha256)).toBe(3);
    });
  }

  it('publishes MARKUP on a payment-schedule authorization: 10 % on 0.50 + 0.50 is 1.10', async () => {
    const resale = await setUpResale(t, {
      pricing: {
        kind: 'schedule',
        quantity: 1,
        installments: [
          { invoiceDate: daysFromToday(10), isvCents: 50 },
          { invoiceDate: daysFromToday(40), isvCents: 50 },
        ],
      },
    });
    const offerId = await createCompleteDraft(resale, { markupPpm: 100_000 });
    const draft = await resale.trpc.offers.get.query({ offerId });
    expect(draft.dimensions.map((d) => [d.quantity, d.fixed])).toEqual([[1, true]]);
    expect(draft.pricing?.installments.map((i) => i.buyerCents)).toEqual([55, 55]);
    await resale.trpc.offers.extend.mutate({ offerId });
    const published = await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    expect(published.totals).toEqual({ isvCents: 100, buyerCents: 110, resellerCents: 10 });
    // Cover + EULA.
    expect(await storedPdfPages(published.combinedPdfSha256)).toBe(2);
  });

  it('publishes FIXED PRICE on a payment schedule (SPEC §3 example 1 with future dates)', async () => {
    const resale = await setUpResale(t, {
      buyerCount: 3,
      pricing: {
        kind: 'schedule',
        quantity: 1,
        installments: [
          { invoiceDate: daysFromToday(5), isvCents: 50 },
          { invoiceDate: daysFromToday(6), isvCents: 50 },
        ],
      },
    });
    const { trpc } = resale;
    const { offerId } = await trpc.offers.createDraft.mutate({
      authorizationId: resale.authorizationId,
    });
    await trpc.offers.update.mutate({
      offerId,
      buyerAccountIds: resale.buyers.map((b) => b.accountId),
      pricing: { mode: 'FIXED_PRICE', buyerCents: [55, 55] },
      expirationDate: daysFromToday(5),
      name: 'Migration assessment, phase 1',
    });
    for (const n of [1, 2, 3]) await addOfferDocument(t, offerId, { fileName: `Annex ${n}.pdf` });
    await trpc.offers.extend.mutate({ offerId });
    const published = await waitForStatus(trpc, offerId, 'PUBLISHED');
    expect(published.name).toBe('Migration assessment, phase 1');
    expect(published.schedule).toEqual([
      { invoiceDate: daysFromToday(5), isvCents: 50, buyerCents: 55 },
      { invoiceDate: daysFromToday(6), isvCents: 50, buyerCents: 55 },
    ]);
    expect(published.totals).toEqual({ isvCents: 100, buyerCents: 110, resellerCents: 10 });
    // Cover + EULA + three annexes.
    expect(await storedPdfPages(published.combinedPdfSha256)).toBe(5);
  });

  it('names an offer to several buyers without any buyer ID', async () => {
    const resale = await setUpResale(t, { buyerCount: 2 });
    const offerId = await createCompleteDraft(resale);
    await resale.trpc.offers.extend.mutate({ offerId });
    const published = await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    expect(published.name).toBe(`Offer - ${resale.productName} - 2 buyers`);
  });

  it('extend is idempotent: a second call returns the current state and adds nothing', async () => {
    const resale = await setUpResale(t);
    const offerId = await createCompleteDraft(resale);
    const [first, second] = await Promise.all([
      resale.trpc.offers.extend.mutate({ offerId }),
      resale.trpc.offers.extend.mutate({ offerId }),
    ]);
    for (const result of [first, second]) {
      expect(['PUBLISHING', 'PUBLISHED']).toContain(result.status);
    }
    await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    expect(await resale.trpc.offers.extend.mutate({ offerId })).toEqual({
      offerId,
      status: 'PUBLISHED',
    });
    const { events } = await resale.trpc.offers.history.query({ offerId });
    expect(events.filter((e) => e.kind === 'extended')).toHaveLength(1);
    expect(events.filter((e) => e.kind === 'published')).toHaveLength(1);
  });
});
