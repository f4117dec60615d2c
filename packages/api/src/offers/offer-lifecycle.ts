// State changes after extend (SPEC §5): reopen a failed offer, delete a draft, cancel a
// published one, move a published (or expired) offer's expiration date. Each locks the offer
// row, so it serializes with extend, the publish job and a buyer's acceptance.
import { offerDisplayStatus, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import {
  enqueueNotifications,
  type NotificationServices,
} from '../notifications/enqueue-notifications';
import type { SellerActor } from './create-draft';
import { lockOwnedOffer, requireStatus } from './offer-access';
import { recordOfferEvent } from './offer-events';
import { offerStateMessages } from './offer-messages';
import { expirationIssues } from './offer-rules';

type StatusResult = { offerId: string; status: ReturnType<typeof offerDisplayStatus> };

/** FAILED → DRAFT. A single-use authorization stays used by this offer (SPEC §5). */
export async function reopenOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  offerId: string,
): Promise<StatusResult> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, offerId);
    if (offer.status === 'DRAFT') return { offerId, status: 'DRAFT' };
    requireStatus(offer, ['FAILED'], offerStateMessages.reopenFailedOnly, clock);
    await tx
      .updateTable('offers')
      .set({ status: 'DRAFT', extended_at: null, updated_at: clock.sqlNow() })
      .where('id', '=', offerId)
      .execute();
    await recordOfferEvent(tx, offerId, 'reopened', actor, { failureReason: offer.failure_reason });
    return { offerId, status: 'DRAFT' };
  });
}

/**
 * Deletes a draft and its rows. A draft reopened after a failed publish may hold a
 * single-use authorization; nothing was ever published from it, so the authorization is
 * released for another offer.
 */
export async function deleteDraftOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  offerId: string,
): Promise<{ offerId: string; deleted: true }> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, offerId);
    requireStatus(offer, ['DRAFT'], offerStateMessages.deleteDraftOnly, clock);
    await tx
      .updateTable('resale_authorizations')
      .set({ used_by_offer_id: null })
      .where('id', '=', offer.authorization_id)
      .where('used_by_offer_id', '=', offerId)
      .execute();
    // offer_buyers, dimensions, installments, documents and events go with it (ON DELETE CASCADE).
    await tx.deleteFrom('offers').where('id', '=', offerId).execute();
    return { offerId, deleted: true as const };
  });
}

type Cancelled = StatusResult & { cancelledAt: string };

/** PUBLISHED (expired or not) → CANCELLED; cancelling again returns the cancelled offer. */
export async function cancelOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  offerId: string,
  /** The router passes its context; without it (unit tests) no notification is queued. */
  notify?: NotificationServices,
): Promise<Cancelled> {
  const result = await db.transaction().execute(async (tx): Promise<Cancelled> => {
    const offer = await lockOwnedOffer(tx, actor.accountId, offerId);
    if (offer.status === 'CANCELLED' && offer.cancelled_at) {
      return { offerId, status: 'CANCELLED', cancelledAt: offer.cancelled_at.toISOString() };
    }
    requireStatus(offer, ['PUBLISHED'], offerStateMessages.cancelPublishedOnly, clock);
    // The database's instant, taken under the row lock: acceptance stamps accepted_at the same
    // way, so the two times order exactly as the lock ordered the two transactions.
    const cancelled = await tx
      .updateTable('offers')
      .set({ status: 'CANCELLED', cancelled_at: clock.sqlNow(), updated_at: clock.sqlNow() })
      .where('id', '=', offerId)
      .returning('cancelled_at')
      .executeTakeFirstOrThrow();
    const now = cancelled.cancelled_at ?? clock.now();
    const wasExpired =
      offerDisplayStatus({ status: offer.status, expirationDate: offer.expiration_date }, now) ===
      'EXPIRED';
    await recordOfferEvent(tx, offerId, 'cancelled', actor, { wasExpired });
    // The targeted buyers' "offer cancelled" notifications, in this transaction (SPEC §10).
    if (notify) await enqueueNotifications(tx, { kind: 'offer.cancelled', offerId }, notify);
    return { offerId, status: 'CANCELLED', cancelledAt: now.toISOString() };
  });
  // The buyers' mail written in the transaction goes now, not at the outbox's next poll.
  notify?.jobs.wake('mail');
  return result;
}

/** A published offer's new expiration date; an expired offer becomes available again. */
export async function updateOfferExpiration(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: { offerId: string; expirationDate: string },
): Promise<StatusResult & { expirationDate: string }> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, input.offerId);
    requireStatus(offer, ['PUBLISHED'], offerStateMessages.expirationPublishedOnly, clock);
    const authorization = await tx
      .selectFrom('resale_authorizations')
      .select(['id', 'ends_on'])
      .where('id', '=', offer.authorization_id)
      .executeTakeFirstOrThrow();
    const schedule = await tx
      .selectFrom('authorization_installments')
      .select('invoice_date')
      .where('authorization_id', '=', authorization.id)
      .execute();
    const now = clock.now();
    const issues = expirationIssues(input.expirationDate, {
      today: todayUtc(now),
      authorizationEndsOn: authorization.ends_on,
      scheduleDates: schedule.map((s) => s.invoice_date),
    });
    if (issues.length > 0) throw AppError.invalid(issues);
    const status = offerDisplayStatus(
      { status: 'PUBLISHED', expirationDate: input.expirationDate },
      now,
    );
    if (offer.expiration_date === input.expirationDate) {
      return { offerId: offer.id, status, expirationDate: input.expirationDate };
    }
    await tx
      .updateTable('offers')
      .set({ expiration_date: input.expirationDate, updated_at: clock.sqlNow() })
      .where('id', '=', offer.id)
      .execute();
    const wasExpired =
      offerDisplayStatus({ status: offer.status, expirationDate: offer.expiration_date }, now) ===
      'EXPIRED';
    await recordOfferEvent(tx, offer.id, 'expiration_updated', actor, {
      from: offer.expiration_date,
      to: input.expirationDate,
      reopened: wasExpired,
    });
    return { offerId: offer.id, status, expirationDate: input.expirationDate };
  });
}
