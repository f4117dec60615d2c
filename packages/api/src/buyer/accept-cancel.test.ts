// Cancel stops further acceptances at once; agreements made before it stand (SPEC §5).
// The cancel is the seller's own offers.cancel, through the API, racing the buyer's accept.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { acceptInput, createPublishedOffer } from '../testing/published-offer';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
const db = t.handle.db;
const CANCELLED = 'This offer was cancelled by the seller and can no longer be accepted';

describe(`accept and cancel (${t.handle.kind})`, () => {
  it('refuses to accept a cancelled offer; an agreement made before the cancel stands', async () => {
    const before = await t.newAccount();
    const after = await t.newAccount();
    const reseller = await t.newAccount({ seller: 'complete' });
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [before.accountId, after.accountId],
      reseller,
    });
    const input = acceptInput(offer);
    const agreement = await before.client.trpc.buyer.offers.accept.mutate(input);
    await reseller.client.trpc.offers.cancel.mutate({ offerId: offer.offerId });

    const refusal = await refusalOf(after.client.trpc.buyer.offers.accept.mutate(input));
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal.message).toBe(CANCELLED);
    // A retry by the buyer who accepted in time returns its agreement, cancel or not.
    const retried = await before.client.trpc.buyer.offers.accept.mutate(input);
    expect(retried.id).toBe(agreement.id);
    const page = await before.client.trpc.buyer.offers.get.query({ offerId: offer.offerId });
    expect(page.status).toBe('ACCEPTED');
    expect(page.agreement?.id).toBe(agreement.id);
    const other = await after.client.trpc.buyer.offers.get.query({ offerId: offer.offerId });
    expect(other.status).toBe('CANCELLED');
    expect(other.agreement).toBeNull();
  });

  it('gives accept racing cancel one consistent outcome, 20 times over', async () => {
    const reseller = await t.newAccount({ seller: 'complete' });
    for (let round = 0; round < 20; round++) {
      const buyer = await t.newAccount();
      const offer = await createPublishedOffer(db, {
        buyerAccountIds: [buyer.accountId],
        additionalDocuments: [],
        reseller,
      });
      const accept = () =>
        buyer.client.trpc.buyer.offers.accept.mutate(acceptInput(offer)).then(
          () => 'accepted',
          (error: Error) => error.message,
        );
      const cancel = () => reseller.client.trpc.offers.cancel.mutate({ offerId: offer.offerId });
      // Each takes its turn to start first, the other 0 to 4 ms later: the race goes both ways.
      const later = <T>(start: () => Promise<T>) =>
        new Promise((resolve) => setTimeout(resolve, round % 5)).then(start);
      const [outcome] =
        round % 2 === 0
          ? await Promise.all([accept(), later(cancel)])
          : await Promise.all([later(accept), cancel()]);
      const rows = await sql<{ accepted_before_cancel: boolean }>`
        SELECT a.accepted_at < o.cancelled_at AS accepted_before_cancel
        FROM agreements a JOIN offers o ON o.id = a.offer_id
        WHERE a.offer_id = ${offer.offerId}`.execute(db);
      const offerRow = await db
        .selectFrom('offers')
        .select('status')
        .where('id', '=', offer.offerId)
        .executeTakeFirstOrThrow();
      expect(offerRow.status).toBe('CANCELLED');
      if (outcome === 'accepted') {
        expect(rows.rows).toEqual([{ accepted_before_cancel: true }]);
      } else {
        expect(outcome).toBe(CANCELLED);
        expect(rows.rows).toEqual([]);
      }
    }
  });
});
