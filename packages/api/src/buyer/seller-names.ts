// The names a buyer sees for the two sellers of an offer: the reseller as "Seller of record"
// and the ISV as "Publisher". A seller's public profile name is its name on the marketplace;
// the account name stands in only if the profile is missing.
import type { Database, Kysely } from '@offerdesk/db';
import { type Expression, type RawBuilder, sql } from 'kysely';

export type SellerNames = { resellerName: string; isvName: string };

export async function loadSellerNames(
  db: Kysely<Database>,
  offer: { reseller_account_id: string; isv_account_id: string },
): Promise<SellerNames> {
  return db
    .selectNoFrom([
      sellerNameSql(sql.val(offer.reseller_account_id)).as('resellerName'),
      sellerNameSql(sql.val(offer.isv_account_id)).as('isvName'),
    ])
    .executeTakeFirstOrThrow();
}

/** The seller's name as buyers see it, as an SQL expression ('' for no such account). */
export function sellerNameSql(accountId: Expression<string>): RawBuilder<string> {
  return sql<string>`(SELECT COALESCE(seller_profiles.public_name, accounts.name, '')
    FROM accounts LEFT JOIN seller_profiles ON seller_profiles.account_id = accounts.id
    WHERE accounts.id = ${accountId})`;
}
