import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import {
  acceptInput,
  createPublishedOffer,
  spec3Example1,
  spec3Example2,
} from '../testing/published-offer';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
const db = t.handle.db;

afterEach(() => t.setClock(null));

function agreementsOn(offerId: string) {
  return db.selectFrom('agreements').selectAll().where('offer_id', '=', offerId).execute();
}

describe(`buyer.offers.accept (${t.handle.kind})`, () => {
  it('freezes SPEC §3 example 2 into an agreement; the other targeted buyer accepts on its own', async () => {
    const first = await t.newAccount();
    const second = await t.newAccount();
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [first.accountId, second.accountId],
      terms: spec3Example2,
    });
    const accepted = await first.client.trpc.buyer.offers.accept.mutate(acceptInput(offer));
    expect(accepted).toMatchObject({
      offerId: offer.offerId,
      offerName: offer.name,
      eulaSha256: offer.combinedPdfSha256,
      sellerOfRecord: offer.reseller.name,
      publisher: offer.isv.name,
      billing: 'UPFRONT',
      lines: [
        { displayName: 'Assessment', quantity: 1, unitCents: 2_265_656, amountCents: 2_265_656 },
        { displayName: 'Workshop day', quantity: 3, unitCents: 181_251, amountCents: 543_753 },
      ],
      installments: [],
      totalCents: 2_809_409,
    });
    expect(accepted.id).toMatch(/^agmt-[a-z0-9]{13}$/);

    const [row] = await agreementsOn(offer.offerId);
    expect(row).toMatchObject({
      id: accepted.id,
      buyer_account_id: first.accountId,
      accepted_by_user_id: first.userId,
      reseller_account_id: offer.reseller.accountId,
      isv_account_id: offer.isv.accountId,
      isv_total_cents: 2_619_497,
      buyer_total_cents: 2_809_409,
      reseller_total_cents: 189_912,
      eula_sha256: offer.combinedPdfSha256,
    });
    expect(row?.terms).toEqual({
      productId: offer.productId,
      productName: offer.productName,
      resellerName: offer.reseller.name,
      isvName: offer.isv.name,
      pricingMode: 'MARKUP',
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
    });
    const events = await db
      .selectFrom('offer_events')
      .selectAll()
      .where('offer_id', '=', offer.offerId)
      .where('kind', '=', 'accepted')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      actor_user_id: first.userId,
      actor_account_id: first.accountId,
      detail: { agreementId: accepted.id, buyerAccountId: first.accountId },
    });

    // The offer stays open to the other targeted buyer, who gets an agreement of its own.
    const stored = await db
      .selectFrom('offers')
      .select('status')
      .where('id', '=', offer.offerId)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('PUBLISHED');
    const seen = await second.client.trpc.buyer.offers.get.query({ offerId: offer.offerId });
    expect(seen.status).toBe('AVAILABLE');
    expect(seen.agreement).toBeNull();
    const secondAgreement = await second.client.trpc.buyer.offers.accept.mutate({
      offerId: offer.offerId,
      eulaConsent: true,
      eulaSha256: seen.combinedPdf.sha256,
    });
    expect(secondAgreement.id).not.toBe(accepted.id);
    expect(secondAgreement.totalCents).toBe(2_809_409);
    const rows = await agreementsOn(offer.offerId);
    expect(rows.map((r) => r.buyer_account_id).sort()).toEqual(
      [first.accountId, second.accountId].sort(),
    );
  });

  it('freezes SPEC §3 example 1 (FIXED PRICE schedule): 1.00 / 1.10 / 0.10', async () => {
    const buyer = await t.newAccount();
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [buyer.accountId],
      terms: spec3Example1,
    });
    const accepted = await buyer.client.trpc.buyer.offers.accept.mutate(acceptInput(offer));
    expect(accepted).toMatchObject({
      billing: 'INSTALLMENTS',
      lines: [],
      installments: [
        { invoiceDate: '2024-01-17', amountCents: 55 },
        { invoiceDate: '2024-01-18', amountCents: 55 },
      ],
      totalCents: 110,
    });
    const [row] = await agreementsOn(offer.offerId);
    expect(row).toMatchObject({
      isv_total_cents: 100,
      buyer_total_cents: 110,
      reseller_total_cents: 10,
    });
    expect(row?.terms).toMatchObject({
      pricingMode: 'FIXED_PRICE',
      markupPpm: null,
      lines: [],
      installments: [
        { invoiceDate: '2024-01-17', isvCents: 50, buyerCents: 55, resellerCents: 5 },
        { invoiceDate: '2024-01-18', isvCents: 50, buyerCents: 55, resellerCents: 5 },
      ],
    });
  });

  it('accepts through 23:59:59.999 UTC on the expiration date and refuses from midnight', async () => {
    const early = await t.newAccount();
    const late = await t.newAccount();
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [early.accountId, late.accountId],
      expirationDate: '2030-05-10',
    });
    const input = acceptInput(offer);
    t.setClock(fixedClock('2030-05-10T23:59:59.999Z'));
    const accepted = await early.client.trpc.buyer.offers.accept.mutate(input);
    expect(accepted.acceptedAt).toBe('2030-05-10T23:59:59.999Z');

    t.setClock(fixedClock('2030-05-11T00:00:00.000Z'));
    const refusal = await refusalOf(late.client.trpc.buyer.offers.accept.mutate(input));
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal.message).toBe('This offer expired on May 10, 2030 at 23:59:59 UTC');
    expect(await agreementsOn(offer.offerId)).toHaveLength(1);
    // The buyer who accepted in time still gets its agreement back on a retry.
    const retried = await early.client.trpc.buyer.offers.accept.mutate(input);
    expect(retried.id).toBe(accepted.id);
  });

  it('answers a repeated accept, sequential or 10 at once, with the one agreement', async () => {
    const buyer = await t.newAccount();
    const secondTab = await t.signIn(buyer.email);
    const offer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId] });
    const input = acceptInput(offer);
    const first = await buyer.client.trpc.buyer.offers.accept.mutate(input);
    const again = await buyer.client.trpc.buyer.offers.accept.mutate(input);
    expect(again).toEqual(first);

    const concurrentOffer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId] });
    const concurrentInput = {
      offerId: concurrentOffer.offerId,
      eulaConsent: true,
      eulaSha256: concurrentOffer.combinedPdfSha256 ?? '',
    };
    const answers = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        (i % 2 === 0 ? buyer.client : secondTab).trpc.buyer.offers.accept.mutate(concurrentInput),
      ),
    );
    const ids = new Set(answers.map((a) => a.id));
    expect(ids.size).toBe(1);
    const rows = await agreementsOn(concurrentOffer.offerId);
    expect(rows.map((r) => r.id)).toEqual([...ids]);
    const events = await db
      .selectFrom('offer_events')
      .select('id')
      .where('offer_id', '=', concurrentOffer.offerId)
      .where('kind', '=', 'accepted')
      .execute();
    expect(events).toHaveLength(1);
    // The reseller and the ISV hear of it once each.
    const notices = await db
      .selectFrom('notifications')
      .select(['recipient_account_id', 'audience'])
      .where('offer_id', '=', concurrentOffer.offerId)
      .where('event', '=', 'offer.accepted')
      .orderBy('audience')
      .execute();
    expect(notices).toEqual([
      { recipient_account_id: concurrentOffer.isv.accountId, audience: 'ISV' },
      { recipient_account_id: concurrentOffer.reseller.accountId, audience: 'RESELLER' },
    ]);
  });

  it('refuses a stale EULA fingerprint and a missing consent, at their fields', async () => {
    const buyer = await t.newAccount();
    const offer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId] });
    const stale = await refusalOf(
      buyer.client.trpc.buyer.offers.accept.mutate({
        offerId: offer.offerId,
        eulaConsent: true,
        eulaSha256: 'ab'.repeat(32),
      }),
    );
    expect(stale.data?.code).toBe('CONFLICT');
    expect(stale.data?.issues).toEqual([
      {
        path: ['eulaSha256'],
        message: 'The EULA changed since you opened it; reload the offer and review it again',
      },
    ]);
    const noConsent = await refusalOf(
      buyer.client.trpc.buyer.offers.accept.mutate({
        offerId: offer.offerId,
        eulaConsent: false,
        eulaSha256: offer.combinedPdfSha256 ?? '',
      }),
    );
    expect(noConsent.data?.code).toBe('BAD_REQUEST');
    expect(noConsent.data?.issues?.[0]?.path).toEqual(['eulaConsent']);
    expect(noConsent.message).toBe(
      'Tick the box to confirm that you have read and accept the EULA',
    );
    expect(await agreementsOn(offer.offerId)).toHaveLength(0);
    // The fingerprint as a browser might send it (upper case) is the same fingerprint.
    const accepted = await buyer.client.trpc.buyer.offers.accept.mutate({
      offerId: offer.offerId,
      eulaConsent: true,
      eulaSha256: (offer.combinedPdfSha256 ?? '').toUpperCase(),
    });
    expect(accepted.eulaSha256).toBe(offer.combinedPdfSha256);
  });
});
