// What a notification is about, loaded once per event: the offer's facts as every audience
// sees them, and the buyer accounts it targets. The sellers' public names are the ones the
// buyer sees on the offer page ("Seller of record", "Publisher").
import type { Database, Kysely } from '@offerdesk/db';
import { loadSellerNames } from '../buyer/seller-names';
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
  const offer = await db
    .selectFrom('offers')
    .innerJoin('resale_authorizations', 'resale_authorizations.id', 'offers.authorization_id')
    .select([
      'offers.id',
      'offers.name',
      'offers.reseller_account_id',
      'offers.isv_account_id',
      'offers.expiration_date',
      'offers.buyer_total_cents',
      'resale_authorizations.product_name',
    ])
    .where('offers.id', '=', offerId)
    .executeTakeFirst();
  if (!offer) return null;
  const [names, buyers] = await Promise.all([
    loadSellerNames(db, offer),
    db
      .selectFrom('offer_buyers')
      .select('buyer_account_id')
      .where('offer_id', '=', offerId)
      .orderBy('position')
      .execute(),
  ]);
  return {
    offerId: offer.id,
    offerName: offer.name ?? offer.product_name,
    productName: offer.product_name,
    resellerName: names.resellerName,
    isvName: names.isvName,
    expirationDate: offer.expiration_date,
    resellerAccountId: offer.reseller_account_id,
    isvAccountId: offer.isv_account_id,
    buyerTotalCents: offer.buyer_total_cents,
    buyerAccountIds: buyers.map((b) => b.buyer_account_id),
  };
}

/** The targeted buyer accounts that have not accepted (no agreement) yet. */
export async function buyersWithoutAgreement(
  db: Kysely<Database>,
  offer: OfferForNotice,
): Promise<string[]> {
  const accepted = await db
    .selectFrom('agreements')
    .select('buyer_account_id')
    .where('offer_id', '=', offer.offerId)
    .execute();
  const done = new Set(accepted.map((a) => a.buyer_account_id));
  return offer.buyerAccountIds.filter((id) => !done.has(id));
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
