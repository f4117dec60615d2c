// The public catalog (SPEC §8): every listed product with its seller's public name. A product
// is listed once it has a EULA, since nothing can be authorized or accepted without one.
import { PRODUCT_ID_PATTERN } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { isoInstant } from '../db-time';
import {
  afterKeyset,
  containsPattern,
  decodeCursor,
  keysetAt,
  type Page,
  pageOf,
} from '../pagination/keyset';

export type CatalogProductItem = {
  id: string;
  name: string;
  description: string;
  seller: { publicName: string };
  dimensionCount: number;
  createdAt: string;
};

export async function listCatalogProducts(
  db: Kysely<Database>,
  input: { search?: string | null; cursor?: string | null; limit: number },
): Promise<Page<CatalogProductItem>> {
  const keyset = decodeCursor(input.cursor, PRODUCT_ID_PATTERN);
  const search = input.search?.trim();
  let query = db
    .selectFrom('products as p')
    .innerJoin('seller_profiles as s', 's.account_id', 'p.seller_account_id')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.description',
      'p.created_at',
      's.public_name',
      keysetAt('p.created_at').as('cursor_at'),
      eb
        .selectFrom('product_dimensions as d')
        .select((d) => d.fn.countAll<number>().as('n'))
        .whereRef('d.product_id', '=', 'p.id')
        .as('dimension_count'),
    ])
    .where('p.eula_sha256', 'is not', null);
  if (search) {
    const pattern = containsPattern(search);
    query = query.where((eb) =>
      eb.or([eb('p.name', 'ilike', pattern), eb('p.description', 'ilike', pattern)]),
    );
  }
  if (keyset) query = query.where(afterKeyset('p.created_at', 'p.id', keyset));
  const rows = await query
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(input.limit + 1)
    .execute();
  return pageOf(
    rows,
    input.limit,
    (r) => ({ at: r.cursor_at, id: r.id }),
    (r) => ({
      id: r.id,
      name: r.name,
      description: r.description,
      seller: { publicName: r.public_name },
      dimensionCount: Number(r.dimension_count ?? 0),
      createdAt: isoInstant(r.created_at),
    }),
  );
}
