// The names a buyer sees for the two sellers of an offer: the reseller as "Seller of record"
// and the ISV as "Publisher". A seller's public profile name is its name on the marketplace;
// the account name stands in only if the profile is missing.
import type { Database, Kysely } from '@offerdesk/db';

export type SellerNames = { resellerName: string; isvName: string };

export async function loadSellerNames(
  db: Kysely<Database>,
  offer: { reseller_account_id: string; isv_account_id: string },
): Promise<SellerNames> {
  const rows = await db
    .selectFrom('accounts')
    .leftJoin('seller_profiles', 'seller_profiles.account_id', 'accounts.id')
    .select(['accounts.id', 'accounts.name', 'seller_profiles.public_name'])
    .where('accounts.id', 'in', [offer.reseller_account_id, offer.isv_account_id])
    .execute();
  const nameOf = (id: string) => {
    const row = rows.find((r) => r.id === id);
    return row?.public_name ?? row?.name ?? '';
  };
  return {
    resellerName: nameOf(offer.reseller_account_id),
    isvName: nameOf(offer.isv_account_id),
  };
}
