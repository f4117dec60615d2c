// The buyer's Private offers page (SPEC §8): two tabs over the offers published to this
// account. "Available" is what it can accept now; "Accepted & expired" is everything else it
// was ever shown (accepted, expired, or cancelled and marked so), so an old email link still
// explains itself. Newest publication first.
import { expiryInstant, OFFER_ID_PATTERN } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { afterKeyset, decodeCursor, keysetAt, type Page, pageOf } from '../pagination/keyset';
import {
  type BuyerOfferStatus,
  buyerOfferStatus,
  expiryInstantSql,
  instantSql,
  visibleToBuyer,
} from './offer-visibility';

export const BUYER_OFFER_TABS = ['available', 'accepted_and_expired'] as const;
export type BuyerOfferTab = (typeof BUYER_OFFER_TABS)[number];

export type BuyerOfferItem = {
  offerId: string;
  name: string;
  productName: string;
  sellerOfRecord: string;
  publisher: string;
  totalCents: number;
  expirationDate: string;
  /** ISO 8601: 00:00:00.000 UTC of the day after the expiration date. */
  expiresAt: string;
  status: BuyerOfferStatus;
  agreementId: string | null;
};

export async function listBuyerOffers(
  db: Kysely<Database>,
  actor: { accountId: string },
  input: { tab: BuyerOfferTab; cursor?: string | null; limit: number },
  now: Date,
): Promise<Page<BuyerOfferItem>> {
  const keyset = decodeCursor(input.cursor, OFFER_ID_PATTERN);
  // One instant for the filter and the statuses shown, so no row lands in the wrong tab.
  const acceptable = sql<boolean>`${instantSql(now)} < ${expiryInstantSql()}`;
  let query = db
    .selectFrom('offers')
    .where(visibleToBuyer(actor.accountId))
    .innerJoin(
      'resale_authorizations as authorization',
      'authorization.id',
      'offers.authorization_id',
    )
    .innerJoin('accounts as reseller', 'reseller.id', 'offers.reseller_account_id')
    .leftJoin('seller_profiles as reseller_profile', 'reseller_profile.account_id', 'reseller.id')
    .innerJoin('accounts as isv', 'isv.id', 'offers.isv_account_id')
    .leftJoin('seller_profiles as isv_profile', 'isv_profile.account_id', 'isv.id')
    .leftJoin('agreements', (join) =>
      join
        .onRef('agreements.offer_id', '=', 'offers.id')
        .on('agreements.buyer_account_id', '=', actor.accountId),
    )
    .select((eb) => [
      'offers.id',
      'offers.name',
      'offers.status',
      'offers.expiration_date',
      'offers.buyer_total_cents',
      'authorization.product_name',
      eb.fn.coalesce('reseller_profile.public_name', 'reseller.name').as('reseller_name'),
      eb.fn.coalesce('isv_profile.public_name', 'isv.name').as('isv_name'),
      'agreements.id as agreement_id',
      keysetAt('offers.published_at').as('cursor_at'),
    ]);
  query =
    input.tab === 'available'
      ? query
          .where('offers.status', '=', 'PUBLISHED')
          .where(acceptable)
          .where('agreements.id', 'is', null)
      : query.where((eb) =>
          eb.or([
            eb('agreements.id', 'is not', null),
            eb('offers.status', '=', 'CANCELLED'),
            eb.not(acceptable),
          ]),
        );
  if (keyset) query = query.where(afterKeyset('offers.published_at', 'offers.id', keyset));
  const rows = await query
    .orderBy('offers.published_at', 'desc')
    .orderBy('offers.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  return pageOf(
    rows,
    input.limit,
    (row) => ({ at: row.cursor_at, id: row.id }),
    (row) => {
      const expirationDate = row.expiration_date ?? '';
      return {
        offerId: row.id,
        name: row.name ?? '',
        productName: row.product_name,
        sellerOfRecord: row.reseller_name,
        publisher: row.isv_name,
        totalCents: row.buyer_total_cents ?? 0,
        expirationDate,
        expiresAt: expiryInstant(expirationDate).toISOString(),
        status: buyerOfferStatus(
          { status: row.status, expirationDate, accepted: row.agreement_id !== null },
          now,
        ),
        agreementId: row.agreement_id,
      };
    },
  );
}
