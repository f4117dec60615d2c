// Acceptance (SPEC §5): one transaction that locks the offer row, so it serializes with
// cancel and with the same buyer's other clicks, checks every rule at the database's moment,
// and freezes the terms into the buyer account's agreement. The UNIQUE (offer, buyer account)
// constraint is the last line: even without the lock a second accept finds the first one.
import { formatDate, newAgreementId } from '@offerdesk/core';
import type { Agreement, Database, Kysely, Transaction } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { createInvoicesForAgreement } from '../invoices/create-invoices';
import {
  enqueueNotifications,
  type NotificationServices,
} from '../notifications/enqueue-notifications';
import { recordOfferEvent } from '../offers/offer-events';
import { loadOfferTerms, priceTerms } from '../offers/offer-terms';
import { type BuyerAgreement, toBuyerAgreement } from './buyer-agreement';
import { freezeTerms } from './freeze-terms';
import { expiryInstantSql, visibleToBuyer } from './offer-visibility';
import { loadSellerNames } from './seller-names';

export const acceptMessages = {
  consent: 'Tick the box to confirm that you have read and accept the EULA',
  eulaFormat: 'This is not the fingerprint of an EULA; reload the offer and try again',
  cancelled: 'This offer was cancelled by the seller and can no longer be accepted',
  expired: (expirationDate: string) =>
    `This offer expired on ${formatDate(expirationDate)} at 23:59:59 UTC`,
  eulaChanged: 'The EULA changed since you opened it; reload the offer and review it again',
};

export type BuyerActor = { accountId: string; userId: string };
export type AcceptOfferInput = { offerId: string; eulaConsent: boolean; eulaSha256: string };
export type AcceptServices = NotificationServices & { clock: Clock };

/** The buyer account's agreement on the offer: the one it makes now, or the one it has. */
export async function acceptOffer(
  db: Kysely<Database>,
  actor: BuyerActor,
  input: AcceptOfferInput,
  services: AcceptServices,
): Promise<BuyerAgreement> {
  const agreement = await db
    .transaction()
    .execute((tx) => acceptInTransaction(tx, actor, input, services));
  // The sellers' "accepted" mail was queued in the transaction; send it now, not at next poll.
  services.jobs.wake('send-notification');
  return toBuyerAgreement(agreement);
}

async function acceptInTransaction(
  tx: Transaction<Database>,
  actor: BuyerActor,
  input: AcceptOfferInput,
  services: AcceptServices,
): Promise<Agreement> {
  const locked = await tx
    .selectFrom('offers')
    .select('offers.id')
    .where('offers.id', '=', input.offerId)
    .where(visibleToBuyer(actor.accountId))
    .forUpdate()
    .executeTakeFirst();
  if (!locked) throw AppError.notFound('This offer');

  // Read after the lock is held, so a cancel that committed first is seen, and "now" is the
  // database's moment of acceptance, used both for the check and as accepted_at. The same
  // statement says whether this account has accepted already (one round trip for both).
  const state = await tx
    .selectFrom(['offers', tx.selectNoFrom(services.clock.sqlNow().as('now')).as('moment')])
    .select((eb) => [
      'offers.status',
      'offers.expiration_date',
      'offers.combined_pdf_sha256',
      'moment.now',
      sql<boolean>`moment.now < ${expiryInstantSql()}`.as('acceptable'),
      eb
        .selectFrom('agreements')
        .select('agreements.id')
        .where('agreements.offer_id', '=', input.offerId)
        .where('agreements.buyer_account_id', '=', actor.accountId)
        .as('agreement_id'),
    ])
    .where('offers.id', '=', input.offerId)
    .executeTakeFirstOrThrow();
  // A retry, a double click or a second tab: the answer is the agreement already made, even
  // if the offer has been cancelled or has expired since.
  if (state.agreement_id) {
    const existing = await findAgreement(tx, input.offerId, actor.accountId);
    if (existing) return existing;
  }
  if (state.status !== 'PUBLISHED') {
    throw AppError.field(['offerId'], acceptMessages.cancelled, 'PRECONDITION_FAILED');
  }
  if (!state.acceptable) {
    const message = acceptMessages.expired(state.expiration_date ?? '');
    throw AppError.field(['offerId'], message, 'PRECONDITION_FAILED');
  }
  if (input.eulaConsent !== true) throw AppError.field(['eulaConsent'], acceptMessages.consent);
  if (input.eulaSha256 !== state.combined_pdf_sha256) {
    throw AppError.field(['eulaSha256'], acceptMessages.eulaChanged, 'CONFLICT');
  }

  const created = await createAgreement(tx, actor, input.offerId, new Date(state.now));
  if (!created) {
    // Only reachable if something bypassed the row lock: the constraint kept one agreement.
    const winner = await findAgreement(tx, input.offerId, actor.accountId);
    if (!winner) throw new Error(`Agreement on ${input.offerId} vanished after a conflict`);
    return winner;
  }
  await recordOfferEvent(tx, input.offerId, 'accepted', actor, {
    agreementId: created.id,
    buyerAccountId: actor.accountId,
  });
  await createInvoicesForAgreement(tx, created);
  // The notices are built from the rows in hand: no reads of their own in this transaction.
  const loaded = { agreement: created, expirationDate: state.expiration_date };
  await enqueueNotifications(
    tx,
    { kind: 'offer.accepted', agreementId: created.id, loaded },
    services,
  );
  return created;
}

/** Prices the offer as published and inserts the agreement; null if one already exists. */
async function createAgreement(
  tx: Transaction<Database>,
  actor: BuyerActor,
  offerId: string,
  acceptedAt: Date,
): Promise<Agreement | null> {
  const terms = await loadOfferTerms(tx, offerId);
  if (!terms) throw new Error(`Offer ${offerId} vanished while locked`);
  const { offer } = terms;
  const pricing = priceTerms(terms);
  // The buyer was shown the stored total; charging anything else would be a silent change.
  if (offer.buyer_total_cents !== null && offer.buyer_total_cents !== pricing.totals.buyerCents) {
    throw new Error(`Offer ${offerId}: stored buyer total differs from its pricing`);
  }
  const names = await loadSellerNames(tx, offer);
  const inserted = await tx
    .insertInto('agreements')
    .values({
      id: newAgreementId(),
      offer_id: offerId,
      buyer_account_id: actor.accountId,
      reseller_account_id: offer.reseller_account_id,
      isv_account_id: offer.isv_account_id,
      product_id: offer.product_id,
      offer_name: offer.name ?? '',
      accepted_by_user_id: actor.userId,
      accepted_at: acceptedAt,
      eula_sha256: offer.combined_pdf_sha256 ?? '',
      terms: JSON.stringify(freezeTerms(terms, pricing, names)),
      isv_total_cents: pricing.totals.isvCents,
      buyer_total_cents: pricing.totals.buyerCents,
      reseller_total_cents: pricing.totals.resellerCents,
    })
    .onConflict((oc) => oc.columns(['offer_id', 'buyer_account_id']).doNothing())
    .returningAll()
    .executeTakeFirst();
  return inserted ?? null;
}

function findAgreement(
  db: Kysely<Database>,
  offerId: string,
  buyerAccountId: string,
): Promise<Agreement | undefined> {
  return db
    .selectFrom('agreements')
    .selectAll()
    .where('offer_id', '=', offerId)
    .where('buyer_account_id', '=', buyerAccountId)
    .executeTakeFirst();
}
