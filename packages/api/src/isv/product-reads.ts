// An ISV's own products: only the owning account sees them here; any other is NOT_FOUND.
import { PRODUCT_ID_PATTERN } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { isoInstant } from '../db-time';
import { AppError } from '../errors';
import {
  afterKeyset,
  containsPattern,
  decodeCursor,
  keysetAt,
  type Page,
  pageOf,
} from '../pagination/keyset';

export type IsvProductItem = {
  id: string;
  name: string;
  description: string;
  hasEula: boolean;
  dimensionCount: number;
  createdAt: string;
  updatedAt: string;
};

export type IsvProduct = Omit<IsvProductItem, 'dimensionCount' | 'hasEula'> & {
  eula: { sha256: string; fileName: string } | null;
  dimensions: { key: string; displayName: string; description: string; listUnitCents: number }[];
  authorizationCount: number;
};

export async function listIsvProducts(
  db: Kysely<Database>,
  accountId: string,
  input: { search?: string | null; cursor?: string | null; limit: number },
): Promise<Page<IsvProductItem>> {
  const keyset = decodeCursor(input.cursor, PRODUCT_ID_PATTERN);
  const search = input.search?.trim();
  let query = db
    .selectFrom('products as p')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.description',
      'p.eula_sha256',
      'p.created_at',
      'p.updated_at',
      keysetAt('p.created_at').as('cursor_at'),
      eb
        .selectFrom('product_dimensions as d')
        .select((d) => d.fn.countAll<number>().as('n'))
        .whereRef('d.product_id', '=', 'p.id')
        .as('dimension_count'),
    ])
    .where('p.seller_account_id', '=', accountId);
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
      hasEula: r.eula_sha256 !== null,
      dimensionCount: Number(r.dimension_count ?? 0),
      createdAt: isoInstant(r.created_at),
      updatedAt: isoInstant(r.updated_at),
    }),
  );
}

export async function getIsvProduct(
  db: Kysely<Database>,
  accountId: string,
  productId: string,
): Promise<IsvProduct> {
  const product = await db
    .selectFrom('products as p')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.description',
      'p.eula_sha256',
      'p.eula_file_name',
      'p.created_at',
      'p.updated_at',
      eb
        .selectFrom('resale_authorizations as a')
        .select((a) => a.fn.countAll<number>().as('n'))
        .whereRef('a.product_id', '=', 'p.id')
        .as('authorization_count'),
    ])
    .where('p.id', '=', productId)
    .where('p.seller_account_id', '=', accountId)
    .executeTakeFirst();
  if (!product) throw AppError.notFound('This product');
  const dimensions = await db
    .selectFrom('product_dimensions')
    .select(['key', 'display_name', 'description', 'list_unit_cents'])
    .where('product_id', '=', productId)
    .orderBy('position')
    .execute();
  return {
    id: product.id,
    name: product.name,
    description: product.description,
    eula: product.eula_sha256
      ? { sha256: product.eula_sha256, fileName: product.eula_file_name ?? 'EULA.pdf' }
      : null,
    dimensions: dimensions.map((d) => ({
      key: d.key,
      displayName: d.display_name,
      description: d.description,
      listUnitCents: d.list_unit_cents,
    })),
    authorizationCount: Number(product.authorization_count ?? 0),
    createdAt: isoInstant(product.created_at),
    updatedAt: isoInstant(product.updated_at),
  };
}
