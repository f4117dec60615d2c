// Small factories for tests: every call makes fresh random accounts and rows, so tests run in
// parallel on one database without seeing each other's data.
import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { simplePdf } from '../demo/simple-pdf';
import type { Database, SellerType } from '../schema';

export function randomAccountId(): string {
  return String(randomInt(1, 10)) + String(randomInt(0, 1e11)).padStart(11, '0');
}

function randomSuffix(): string {
  let s = '';
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  for (const byte of randomBytes(13)) s += alphabet[byte % alphabet.length];
  return s;
}

export const randomIds = {
  authorization: () => `resaleauthz-${randomSuffix()}`,
  offer: () => `offer-${randomSuffix()}`,
  agreement: () => `agmt-${randomSuffix()}`,
  invoice: () => `inv-${randomSuffix()}`,
};

export type TestAccount = { accountId: string; userId: string; email: string; name: string };

/** An account with one user. `seller: 'complete'` also fills in profile, tax and banking. */
export async function createAccount(
  db: Kysely<Database>,
  options: {
    seller?: 'complete' | 'no-tax' | 'none';
    sellerType?: SellerType;
    passwordHash?: string;
    name?: string;
  } = {},
): Promise<TestAccount> {
  const accountId = randomAccountId();
  const name = options.name ?? `Test account ${accountId}`;
  const email = `user-${accountId}-${randomSuffix()}@test.example`;
  await db.insertInto('accounts').values({ id: accountId, name }).execute();
  const user = await db
    .insertInto('users')
    .values({ account_id: accountId, email, password_hash: options.passwordHash ?? 'not-a-hash' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const seller = options.seller ?? 'none';
  if (seller !== 'none') {
    await db
      .insertInto('seller_profiles')
      .values({
        account_id: accountId,
        seller_type: options.sellerType ?? 'CHANNEL_PARTNER',
        public_name: name,
        description: 'Test seller',
      })
      .execute();
    await db
      .insertInto('seller_banking')
      .values({
        account_id: accountId,
        account_holder: name,
        routing_number: '011000015',
        account_number: '000123456789',
      })
      .execute();
    if (seller === 'complete')
      await db
        .insertInto('seller_tax')
        .values({ account_id: accountId, country: 'US', tax_id: '12-3456789' })
        .execute();
  }
  return { accountId, userId: user.id, email, name };
}

/** Stores a small PDF and returns its SHA-256. */
export async function createPdfDocument(
  db: Kysely<Database>,
  title = `Document ${randomSuffix()}`,
): Promise<string> {
  const bytes = simplePdf(title, ['Test document.']);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db
    .insertInto('documents')
    .values({ sha256, media_type: 'application/pdf', size_bytes: bytes.length, bytes })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

export type TestDimension = { key: string; displayName?: string; listUnitCents: number };

export async function createProduct(
  db: Kysely<Database>,
  sellerAccountId: string,
  dimensions: TestDimension[] = [{ key: 'unit', listUnitCents: 100_000 }],
): Promise<{ productId: string; name: string; eulaSha256: string }> {
  const productId = randomUUID();
  const name = `Product ${randomSuffix()}`;
  const eulaSha256 = await createPdfDocument(db, `${name} EULA`);
  await db
    .insertInto('products')
    .values({
      id: productId,
      seller_account_id: sellerAccountId,
      name,
      description: 'Test product',
      eula_sha256: eulaSha256,
      eula_file_name: 'EULA.pdf',
    })
    .execute();
  await db
    .insertInto('product_dimensions')
    .values(
      dimensions.map((d, position) => ({
        product_id: productId,
        key: d.key,
        position,
        display_name: d.displayName ?? d.key,
        description: '',
        list_unit_cents: d.listUnitCents,
      })),
    )
    .execute();
  return { productId, name, eulaSha256 };
}
