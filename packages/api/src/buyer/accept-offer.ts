// Acceptance (SPEC §5): one transaction that locks the offer row, so it serializes with
// cancel and with the same buyer's other clicks, checks every rule at the database's moment,
// and freezes the terms into the buyer account's agreement. The UNIQUE (offer, buyer account)
// constraint is the last line: a second accept that got past the checks fails on it, and its
// answer is the first one's agreement. Five statements in all: BEGIN, the lock and one read
// (acceptance-read.ts), one write (record-acceptance.ts) with the sellers' mail, COMMIT.
import { formatDate, newAgreementId } from '@offerdesk/core';
import type { Agreement, Database, Kysely, Transaction } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { invoiceRows } from '../invoices/create-invoices';
import {
  type NotificationServices,
  notificationRows,
} from '../notifications/enqueue-notifications';
import { acceptanceNotices } from '../notifications/notices';
import { offerEventRow } from '../offers/offer-events';
import { priceTerms } from '../offers/offer-terms';
import { isUniqueViolation } from '../pg-errors';
import { type AcceptanceRead, lockOfferForAcceptance } from './acceptance-read';
import { type BuyerAgreement, toBuyerAgreement } from './buyer-agreement';
import { freezeTerms } from './freeze-terms';
import { type AcceptanceRows, recordAcceptance } from './record-acceptance';

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

const ONE_PER_OFFER_AND_BUYER = 'agreements_one_per_offer_and_buyer';

/** The buyer account's agreement on the offer: the one it makes now, or the one it has. */
export async function acceptOffer(
  db: Kysely<Database>,
  actor: BuyerActor,
  input: AcceptOfferInput,
  services: AcceptServices,
): Promise<BuyerAgreement> {
  let agreement: Agreement;
  try {
    agreement = await db
      .transaction()
      .execute((tx) => acceptInTransaction(tx, actor, input, services));
  } catch (error) {
    // Another click of this account made the agreement while this one waited for the lock.
    if (!isUniqueViolation(error, ONE_PER_OFFER_AND_BUYER)) throw error;
    const winner = await findAgreement(db, input.offerId, actor.accountId);
    if (!winner) throw error;
    return toBuyerAgreement(winner);
  }
  // The sellers' "accepted" mail was written in the transaction; send it now, not at next poll.
  services.jobs.wake('mail');
  return toBuyerAgreement(agreement);
}

async function acceptInTransaction(
  tx: Transaction<Database>,
  actor: BuyerActor,
  input: AcceptOfferInput,
  services: AcceptServices,
): Promise<Agreement> {
  const read = await lockOfferForAcceptance(tx, actor.accountId, input.offerId, services.clock);
  if (!read) throw AppError.notFound('This offer');
  // A retry, a double click or a second tab: the answer is the agreement already made, even
  // if the offer has been cancelled or has expired since.
  if (read.agreementId) {
    const existing = await findAgreement(tx, input.offerId, actor.accountId);
    if (existing) return existing;
  }
  const refusal = refusalOf(read, input);
  if (refusal) {
    // The read may predate an agreement this account made while it waited for the lock
    // (acceptance-read.ts): before any refusal, a fresh look keeps "a repeated accept returns
    // the existing agreement" (SPEC §5), whatever the repeat sent.
    const existing = await findAgreement(tx, input.offerId, actor.accountId);
    if (existing) return existing;
    throw refusal;
  }

  const rows = acceptanceRows(read, actor, services.config.publicUrl);
  return recordAcceptance(tx, rows);
}

/** Why this accept cannot make an agreement, checked in this order; null when it can. */
function refusalOf(read: AcceptanceRead, input: AcceptOfferInput): AppError | null {
  const { offer } = read;
  if (offer.status !== 'PUBLISHED') {
    return AppError.field(['offerId'], acceptMessages.cancelled, 'PRECONDITION_FAILED');
  }
  if (!read.acceptable) {
    const message = acceptMessages.expired(offer.expiration_date ?? '');
    return AppError.field(['offerId'], message, 'PRECONDITION_FAILED');
  }
  if (input.eulaConsent !== true) return AppError.field(['eulaConsent'], acceptMessages.consent);
  if (input.eulaSha256 !== offer.combined_pdf_sha256) {
    return AppError.field(['eulaSha256'], acceptMessages.eulaChanged, 'CONFLICT');
  }
  return null;
}

/** The agreement (terms priced as published and frozen) and everything it brings along. */
function acceptanceRows(
  read: AcceptanceRead,
  actor: BuyerActor,
  publicUrl: string,
): AcceptanceRows {
  const { offer, terms } = read;
  const pricing = priceTerms(terms);
  // The buyer was shown the stored total; charging anything else would be a silent change.
  if (offer.buyer_total_cents !== null && offer.buyer_total_cents !== pricing.totals.buyerCents) {
    throw new Error(`Offer ${offer.id}: stored buyer total differs from its pricing`);
  }
  const agreement: Agreement = {
    id: newAgreementId(),
    offer_id: offer.id,
    buyer_account_id: actor.accountId,
    reseller_account_id: offer.reseller_account_id,
    isv_account_id: offer.isv_account_id,
    product_id: offer.product_id,
    offer_name: offer.name ?? '',
    accepted_by_user_id: actor.userId,
    accepted_at: read.now,
    eula_sha256: offer.combined_pdf_sha256 ?? '',
    terms: freezeTerms(terms, pricing, read.names),
    isv_total_cents: pricing.totals.isvCents,
    buyer_total_cents: pricing.totals.buyerCents,
    reseller_total_cents: pricing.totals.resellerCents,
  };
  const emails = new Map([
    [offer.reseller_account_id, read.emails.reseller],
    [offer.isv_account_id, read.emails.isv],
  ]);
  const notices = acceptanceNotices(agreement, offer.expiration_date, publicUrl);
  return {
    agreement: { ...agreement, terms: JSON.stringify(agreement.terms) },
    invoices: invoiceRows(agreement),
    event: offerEventRow(offer.id, 'accepted', actor, {
      agreementId: agreement.id,
      buyerAccountId: actor.accountId,
    }),
    notifications: notificationRows('offer.accepted', notices, emails),
  };
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
