// An ISV sets its product's EULA (SPEC §7) by uploading a PDF. Authorizations snapshot the
// EULA when they are made, so a new EULA applies to authorizations created after it.
import type { Database, Kysely } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';

import { storeDocument, withinTransaction } from './store-document';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const productNotFound = () => AppError.notFound('This product');

/** The product, if the caller's account owns it; "not found" otherwise (SPEC §12). */
export async function assertOwnedProduct(
  db: Kysely<Database>,
  accountId: string,
  productId: string,
): Promise<void> {
  // Product IDs are UUIDs; anything else names no product (and must not reach SQL as uuid).
  if (!UUID.test(productId)) throw productNotFound();
  const product = await db
    .selectFrom('products')
    .select('id')
    .where('id', '=', productId)
    .where('seller_account_id', '=', accountId)
    .executeTakeFirst();
  if (!product) throw productNotFound();
}

export async function setProductEula(
  db: Kysely<Database>,
  clock: Clock,
  actor: { accountId: string },
  input: { productId: string; fileName: string; bytes: Uint8Array; sha256: string },
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const product = await tx
      .selectFrom('products')
      .select('id')
      .where('id', '=', input.productId)
      .where('seller_account_id', '=', actor.accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!product) throw productNotFound();
    await storeDocument(withinTransaction(tx), { ...input, mediaType: 'application/pdf' });
    await tx
      .updateTable('products')
      .set({
        eula_sha256: input.sha256,
        eula_file_name: input.fileName,
        updated_at: clock.sqlNow(),
      })
      .where('id', '=', product.id)
      .execute();
  });
}
