// Extend (SPEC §5): in one transaction with the offer row locked, check everything again,
// store the totals, use up a single-use authorization, switch to PUBLISHING, record the
// event and enqueue the publish job. Any refusal writes nothing. Extending an offer that is
// already PUBLISHING or PUBLISHED returns its state (double clicks, retries).
import { todayUtc } from '@offerdesk/core';
import type { Database, Kysely, OfferStatus } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { JobQueue } from '../jobs/queue';
import { assertSellerRegistered } from '../sellers/registration';
import { assertAuthorizationUsable } from './authorization-use';
import type { SellerActor } from './create-draft';
import { checkOfferForExtend } from './extend-checks';
import { lockOwnedOffer } from './offer-access';
import { recordOfferEvent } from './offer-events';
import { authorizationUseMessages, offerStateMessages } from './offer-messages';
import { loadOfferTerms } from './offer-terms';

const refuse = (path: string, message: string) =>
  new AppError('PRECONDITION_FAILED', message, [{ path: [path], message }]);

export async function extendOffer(
  db: Kysely<Database>,
  clock: Clock,
  jobs: JobQueue,
  actor: SellerActor,
  offerId: string,
): Promise<{ offerId: string; status: OfferStatus }> {
  const outcome = await db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, offerId);
    if (offer.status === 'PUBLISHING' || offer.status === 'PUBLISHED') {
      return { status: offer.status, enqueued: false };
    }
    if (offer.status === 'FAILED') throw refuse('offerId', offerStateMessages.extendFailed);
    if (offer.status === 'CANCELLED') throw refuse('offerId', offerStateMessages.extendCancelled);

    await assertSellerRegistered(tx, actor.accountId);
    const now = clock.now();
    const today = todayUtc(now);
    // Locked too: two drafts of one single-use authorization extended at once must not both
    // take it.
    const authorization = await tx
      .selectFrom('resale_authorizations')
      .selectAll()
      .where('id', '=', offer.authorization_id)
      .forUpdate()
      .executeTakeFirstOrThrow();
    assertAuthorizationUsable(authorization, offer.id, today);
    if (authorization.contract_kind !== 'none') {
      const accepted = await tx
        .selectFrom('contract_acceptances')
        .select('accepted_at')
        .where('authorization_id', '=', authorization.id)
        .where('reseller_account_id', '=', actor.accountId)
        .executeTakeFirst();
      if (!accepted) throw refuse('contract', authorizationUseMessages.contractNotAccepted);
    }

    const terms = await loadOfferTerms(tx, offer.id);
    if (!terms) throw AppError.notFound('This offer');
    const { issues, pricing, name } = await checkOfferForExtend(tx, terms, today);
    if (issues.length > 0 || !pricing) throw AppError.invalid(issues);

    await tx
      .updateTable('offers')
      .set({
        name,
        status: 'PUBLISHING',
        extended_at: now,
        updated_at: clock.sqlNow(),
        failure_reason: null,
        isv_total_cents: pricing.totals.isvCents,
        buyer_total_cents: pricing.totals.buyerCents,
        reseller_total_cents: pricing.totals.resellerCents,
      })
      .where('id', '=', offer.id)
      .execute();
    if (authorization.availability === 'single_use') {
      const taken = await tx
        .updateTable('resale_authorizations')
        .set({ used_by_offer_id: offer.id })
        .where('id', '=', authorization.id)
        .where((eb) =>
          eb.or([eb('used_by_offer_id', 'is', null), eb('used_by_offer_id', '=', offer.id)]),
        )
        .returning('id')
        .executeTakeFirst();
      if (!taken) {
        const message = authorizationUseMessages.usedByOther(authorization.used_by_offer_id ?? '');
        throw refuse('authorizationId', message);
      }
    }
    await recordOfferEvent(tx, offer.id, 'extended', actor, {
      buyerAccountCount: terms.buyerAccountIds.length,
      totals: pricing.totals,
    });
    await jobs.send(tx, 'publish-offer', { offerId: offer.id }, { singletonKey: offer.id });
    return { status: 'PUBLISHING' as const, enqueued: true };
  });
  // After the commit: before it, the worker would not see the job.
  if (outcome.enqueued) jobs.wake('publish-offer');
  return { offerId, status: outcome.status };
}
