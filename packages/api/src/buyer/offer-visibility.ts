// What a buyer account may see of an offer, and how it reads to that buyer. An offer exists
// for a buyer only once it was published to that account; drafts, offers still publishing,
// failed ones and anything sent to other accounts are "not found" (SPEC §8, §12).
import { offerDisplayStatus } from '@offerdesk/core';
import type { Database, OfferStatus } from '@offerdesk/db';
import { type ExpressionBuilder, type RawBuilder, sql } from 'kysely';

const BUYER_VISIBLE_STATUSES: OfferStatus[] = ['PUBLISHED', 'CANCELLED'];

/** The offer was published (it may have been cancelled since) to this buyer account. */
export function visibleToBuyer(accountId: string) {
  return (eb: ExpressionBuilder<Database, 'offers'>) =>
    eb.and([
      eb('offers.status', 'in', BUYER_VISIBLE_STATUSES),
      // An offer cancelled before it ever published was never shown to anyone.
      eb('offers.published_at', 'is not', null),
      eb.exists(
        eb
          .selectFrom('offer_buyers')
          .select('offer_buyers.offer_id')
          .whereRef('offer_buyers.offer_id', '=', 'offers.id')
          .where('offer_buyers.buyer_account_id', '=', accountId),
      ),
    ]);
}

/**
 * core's expiryInstant in SQL: 00:00:00.000 UTC of the day after the expiration date, so
 * checks made in the database ("at the moment of acceptance") draw the same line.
 */
export function expiryInstantSql(): RawBuilder<Date> {
  return sql<Date>`((offers.expiration_date + 1)::timestamp AT TIME ZONE 'UTC')`;
}

/** An instant as a SQL timestamptz literal (a JS Date's local rendering is not portable). */
export function instantSql(instant: Date): RawBuilder<Date> {
  return sql<Date>`${instant.toISOString()}::timestamptz`;
}

export const BUYER_OFFER_STATUSES = ['AVAILABLE', 'ACCEPTED', 'EXPIRED', 'CANCELLED'] as const;
export type BuyerOfferStatus = (typeof BUYER_OFFER_STATUSES)[number];

/**
 * The buyer's status: an accepted offer stays ACCEPTED whatever happens to it later (the
 * agreement stands); otherwise cancelled, expired (computed by core from the clock) or
 * available.
 */
export function buyerOfferStatus(
  offer: { status: OfferStatus; expirationDate: string | null; accepted: boolean },
  now: Date,
): BuyerOfferStatus {
  if (offer.accepted) return 'ACCEPTED';
  if (offer.status === 'CANCELLED') return 'CANCELLED';
  return offerDisplayStatus(offer, now) === 'PUBLISHED' ? 'AVAILABLE' : 'EXPIRED';
}

/** Whole seconds until the offer stops being acceptable, 0 once it has. */
export function secondsLeft(expiresAt: Date, now: Date): number {
  return Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
}
