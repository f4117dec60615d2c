// A product page (SPEC §8, way 3 of finding an offer): the product, its list prices, and
// whether the signed-in account has a private offer on it. Only a targeted account of a
// PUBLISHED, unexpired offer it has not yet accepted learns that an offer exists; everyone
// else gets false/[] and nothing that hints otherwise.
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { expiryInstantSql, instantSql, visibleToBuyer } from '../buyer/offer-visibility';
import { AppError } from '../errors';

export type CatalogProduct = {
  id: string;
  name: string;
  description: string;
  seller: { publicName: string };
  dimensions: { key: string; displayName: string; description: string; listUnitCents: number }[];
  hasPrivateOffer: boolean;
  privateOfferIds: string[];
};

export async function getCatalogProduct(
  db: Kysely<Database>,
  viewer: { accountId: string } | null,
  input: { productId: string },
  now: Date,
): Promise<CatalogProduct> {
  const product = await db
    .selectFrom('products as p')
    .innerJoin('seller_profiles as s', 's.account_id', 'p.seller_account_id')
    .select(['p.id', 'p.name', 'p.description', 's.public_name'])
    .where('p.id', '=', input.productId)
    .where('p.eula_sha256', 'is not', null)
    .executeTakeFirst();
  if (!product) throw AppError.notFound('This product');
  const dimensions = await db
    .selectFrom('product_dimensions')
    .select(['key', 'display_name', 'description', 'list_unit_cents'])
    .where('product_id', '=', product.id)
    .orderBy('position')
    .execute();
  const privateOfferIds = viewer
    ? await availableOfferIds(db, product.id, viewer.accountId, now)
    : [];
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    seller: { publicName: product.public_name },
    dimensions: dimensions.map((d) => ({
      key: d.key,
      displayName: d.display_name,
      description: d.description,
      listUnitCents: d.list_unit_cents,
    })),
    hasPrivateOffer: privateOfferIds.length > 0,
    privateOfferIds,
  };
}

/**
 * Offers on the product this account may accept now: published to it (the buyer side's own
 * visibility rule), still PUBLISHED, unexpired by the clock, not accepted by it yet.
 */
async function availableOfferIds(
  db: Kysely<Database>,
  productId: string,
  accountId: string,
  now: Date,
): Promise<string[]> {
  const rows = await db
    .selectFrom('offers')
    .select('offers.id')
    .where('offers.product_id', '=', productId)
    .where(visibleToBuyer(accountId))
    .where('offers.status', '=', 'PUBLISHED')
    .where(sql<boolean>`${instantSql(now)} < ${expiryInstantSql()}`)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('agreements')
            .select('agreements.id')
            .whereRef('agreements.offer_id', '=', 'offers.id')
            .where('agreements.buyer_account_id', '=', accountId),
        ),
      ),
    )
    .orderBy('offers.published_at', 'desc')
    .orderBy('offers.id', 'desc')
    .execute();
  return rows.map((r) => r.id);
}
