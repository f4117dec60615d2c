// Creating and editing an ISV's products (SPEC §7). Authorizations snapshot a product when
// they are made, so an edit here never changes an authorization or an offer already made.
import { newProductId } from '@offerdesk/core';
import type { Database, Kysely, Product, Transaction } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { assertSellerRegistered } from '../sellers/registration';
import {
  assignDimensionKeys,
  type CreateProductInput,
  type DimensionInput,
  type UpdateProductInput,
} from './product-input';
import { storedPdfIssues } from './stored-documents';

export type Seller = { accountId: string; userId: string };

const DEFAULT_EULA_NAME = 'EULA.pdf';

async function assertStoredEula(db: Kysely<Database>, sha256: string): Promise<void> {
  const issues = await storedPdfIssues(db, sha256, ['eulaSha256'], 'EULA');
  if (issues.length > 0) throw AppError.invalid(issues);
}

export async function createProduct(
  db: Kysely<Database>,
  seller: Seller,
  input: CreateProductInput,
): Promise<{ productId: string }> {
  await assertSellerRegistered(db, seller.accountId);
  if (input.eulaSha256) await assertStoredEula(db, input.eulaSha256);
  const productId = newProductId();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('products')
      .values({
        id: productId,
        seller_account_id: seller.accountId,
        name: input.name,
        description: input.description,
        eula_sha256: input.eulaSha256 ?? null,
        eula_file_name: input.eulaSha256 ? (input.eulaFileName ?? DEFAULT_EULA_NAME) : null,
      })
      .execute();
    await insertDimensions(tx, productId, input.dimensions);
  });
  return { productId };
}

export async function updateProduct(
  db: Kysely<Database>,
  seller: Seller,
  input: UpdateProductInput,
  clock: Clock,
): Promise<{ productId: string }> {
  if (input.eulaSha256) await assertStoredEula(db, input.eulaSha256);
  await db.transaction().execute(async (tx) => {
    // Updating the row first locks it, so an authorization being made meanwhile (which reads
    // the product FOR SHARE) snapshots either the old product or the new one, never a mix.
    const updated = await tx
      .updateTable('products')
      .set({
        updated_at: sql<Product['updated_at']>`${clock.sqlNow()}`,
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.description === undefined ? {} : { description: input.description }),
        ...(input.eulaSha256 === undefined
          ? {}
          : {
              eula_sha256: input.eulaSha256,
              eula_file_name: input.eulaFileName ?? DEFAULT_EULA_NAME,
            }),
      })
      .where('id', '=', input.productId)
      .where('seller_account_id', '=', seller.accountId)
      .returning('id')
      .executeTakeFirst();
    if (!updated) throw AppError.notFound('This product');
    if (input.dimensions) {
      await tx.deleteFrom('product_dimensions').where('product_id', '=', input.productId).execute();
      await insertDimensions(tx, input.productId, input.dimensions);
    }
  });
  return { productId: input.productId };
}

async function insertDimensions(
  tx: Transaction<Database>,
  productId: string,
  dimensions: readonly DimensionInput[],
): Promise<void> {
  const keys = assignDimensionKeys(dimensions);
  await tx
    .insertInto('product_dimensions')
    .values(
      dimensions.map((d, position) => ({
        product_id: productId,
        key: keys[position] ?? `dimension-${position + 1}`,
        position,
        display_name: d.displayName,
        description: d.description,
        list_unit_cents: d.listUnitCents,
      })),
    )
    .execute();
}
