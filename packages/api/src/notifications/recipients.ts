// What a notification is about, loaded once per event (per group of offers for the expiry
// tick): the offer's facts as every audience sees them, and the buyer accounts it targets.
// The sellers' public names are the ones the buyer sees on the offer page ("Seller of
// record", "Publisher").
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { sellerNameSql } from '../buyer/seller-names';
import type { OfferFacts } from '../mail/templates';

export type OfferForNotice = OfferFacts & {
  resellerAccountId: string;
  isvAccountId: string;
  buyerTotalCents: number | null;
  buyerAccountIds: string[];
};

export async function loadOfferForNotice(
  db: Kysely<Database>,
  offerId: string,
): Promise<OfferForNotice | null> {
  return (await loadOffersForNotice(db, [offerId])).get(offerId) ?? null;
}

/**
 * Each offer's facts for its notices by offer ID, in one statement whatever the number of
 * offers (a missing offer is left out): the expiry tick reads ten at a time.
 */
export async function loadOffersForNotice(
  db: Kysely<Database>,
  offerIds: string[],
): Promise<Map<string, OfferForNotice>> {
  if (offerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('offers')
    .innerJoin('resale_authorizations', 'resale_authorizations.id', 'offers.authorization_id')
    .select((eb) => [
      'offers.id',
      'offers.name',
      'offers.reseller_account_id',
      'offers.isv_account_id',
      'offers.expiration_date',
      'offers.buyer_total_cents',
      'resale_authorizations.product_name',
      sellerNameSql(eb.ref('offers.reseller_account_id')).as('reseller_name'),
      sellerNameSql(eb.ref('offers.isv_account_id')).as('isv_name'),
      eb
        .selectFrom('offer_buyers')
        .select(
          sql<string[]>`COALESCE(array_agg(buyer_account_id ORDER BY position), '{}')`.as('ids'),
        )
        .whereRef('offer_buyers.offer_id', '=', 'offers.id')
        .$asScalar()
        .$notNull()
        .as('buyer_account_ids'),
    ])
    .where('offers.id', 'in', offerIds)
    .execute();
  return new Map(
    rows.map((offer) => [
      offer.id,
      {
        offerId: offer.id,
        offerName: offer.name ?? offer.product_name,
        productName: offer.product_name,
        resellerName: offer.reseller_name,
        isvName: offer.isv_name,
        expirationDate: offer.expiration_date,
        resellerAccountId: offer.reseller_account_id,
        isvAccountId: offer.isv_account_id,
        buyerTotalCents: offer.buyer_total_cents,
        buyerAccountIds: offer.buyer_account_ids,
      },
    ]),
  );
}

/** The targeted buyer accounts that have not accepted (no agreement) yet. */
export async function buyersWithoutAgreement(
  db: Kysely<Database>,
  offer: OfferForNotice,
): Promise<string[]> {
  return (await buyersWithoutAgreementOf(db, [offer])).get(offer.offerId) ?? [];
}

/** buyersWithoutAgreement of each offer, by offer ID, in one statement. */
export async function buyersWithoutAgreementOf(
  db: Kysely<Database>,
  offers: OfferForNotice[],
): Promise<Map<string, string[]>> {
  if (offers.length === 0) return new Map();
  const accepted = await db
    .selectFrom('agreements')
    .select(['offer_id', 'buyer_account_id'])
    .where(
      'offer_id',
      'in',
      offers.map((offer) => offer.offerId),
    )
    .execute();
  const done = new Set(accepted.map((a) => `${a.offer_id} ${a.buyer_account_id}`));
  return new Map(
    offers.map((offer) => [
      offer.offerId,
      offer.buyerAccountIds.filter((id) => !done.has(`${offer.offerId} ${id}`)),
    ]),
  );
}

/** Every user's email of each account (not removed ones): a notice goes to all of them. */
export async function emailsByAccount(
  db: Kysely<Database>,
  accountIds: string[],
): Promise<Map<string, string[]>> {
  const byAccount = new Map<string, string[]>(accountIds.map((id) => [id, []]));
  if (accountIds.length === 0) return byAccount;
  const users = await recipientUsers(db)
    .select(['users.account_id', 'users.email'])
    .where('users.account_id', 'in', accountIds)
    .execute();
  for (const user of users) byAccount.get(user.account_id)?.push(user.email);
  return byAccount;
}

/** The users a notice goes to, as a query to narrow: not removed ones, oldest first. */
export function recipientUsers(db: Kysely<Database>) {
  return db.selectFrom('users').where('users.removed_at', 'is', null).orderBy('users.created_at');
}
