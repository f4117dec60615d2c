// Loads SPEC §14's demo data into an empty database. Safe to run twice, and from two processes
// at once: it takes an advisory lock and does nothing when any account exists.
import { createHash } from 'node:crypto';
import { type Kysely, sql } from 'kysely';
import {
  AUTHORIZATION_DAYS,
  DEMO_ACCOUNTS,
  DEMO_AUTHORIZATIONS,
  DEMO_PASSWORD,
  DEMO_PRODUCTS,
} from './demo/catalog';
import { simplePdf } from './demo/simple-pdf';
import type { Database } from './schema';

export { DEMO_PASSWORD, DEMO_USERS } from './demo/catalog';

export type DemoOptions = { hashPassword: (password: string) => Promise<string> };

const DEMO_LOCK = 7_133_844;

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function hasAccounts(db: Kysely<Database>): Promise<boolean> {
  return (await db.selectFrom('accounts').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** Returns true when it loaded the data, false when the database already had accounts. */
export async function loadDemoData(db: Kysely<Database>, options: DemoOptions): Promise<boolean> {
  // Every start but the first finds accounts: answer that before paying for the password hash
  // (argon2, a few hundred ms of the server's cold start). Checked again under the lock.
  if (await hasAccounts(db)) return false;
  const passwordHash = await options.hashPassword(DEMO_PASSWORD);
  return db.transaction().execute(async (tx) => {
    await sql`SELECT pg_advisory_xact_lock(${DEMO_LOCK})`.execute(tx);
    if (await hasAccounts(tx)) return false;

    for (const account of DEMO_ACCOUNTS) {
      await tx.insertInto('accounts').values({ id: account.id, name: account.name }).execute();
      await tx
        .insertInto('users')
        .values({ account_id: account.id, email: account.email, password_hash: passwordHash })
        .execute();
      if (!account.seller) continue;
      await tx
        .insertInto('seller_profiles')
        .values({
          account_id: account.id,
          seller_type: account.seller.type,
          public_name: account.name,
          description: `${account.name} on Offerdesk.`,
        })
        .execute();
      await tx
        .insertInto('seller_banking')
        .values({
          account_id: account.id,
          account_holder: account.name,
          routing_number: '011000015',
          account_number: `00012345${account.id.slice(0, 4)}`,
        })
        .execute();
      if (account.seller.tax) {
        await tx
          .insertInto('seller_tax')
          .values({
            account_id: account.id,
            country: 'US',
            tax_id: `12-34${account.id.slice(0, 5)}`,
          })
          .execute();
      }
    }

    const userIds = new Map<string, string>();
    for (const u of await tx.selectFrom('users').select(['id', 'account_id']).execute())
      userIds.set(u.account_id, u.id);

    const eulas = new Map<string, { sha: string; fileName: string }>();
    for (const product of DEMO_PRODUCTS) {
      const eula = simplePdf(`${product.name} - End User License Agreement`, [
        `This End User License Agreement governs the professional services "${product.name}".`,
        'The services are delivered as described in the offer and any statement of work enclosed.',
        'Fees are due as set out in the offer. Either party may terminate for material breach.',
        'This is demonstration text for Offerdesk.',
      ]);
      const sha = sha256(eula);
      await tx
        .insertInto('documents')
        .values({
          sha256: sha,
          media_type: 'application/pdf',
          size_bytes: eula.length,
          bytes: eula,
        })
        .onConflict((oc) => oc.column('sha256').doNothing())
        .execute();
      const fileName = `${product.name} EULA.pdf`;
      eulas.set(product.id, { sha, fileName });
      await tx
        .insertInto('products')
        .values({
          id: product.id,
          seller_account_id: product.sellerAccountId,
          name: product.name,
          description: product.description,
          eula_sha256: sha,
          eula_file_name: fileName,
        })
        .execute();
      await tx
        .insertInto('product_dimensions')
        .values(
          product.dimensions.map((d, position) => ({
            product_id: product.id,
            key: d.key,
            position,
            display_name: d.displayName,
            description: d.description,
            list_unit_cents: d.listUnitCents,
          })),
        )
        .execute();
    }

    const contract = simplePdf('Northwind custom reseller contract', [
      'Terms between Acme Consulting and Northwind Partners.',
    ]);
    const contractSha = sha256(contract);
    await tx
      .insertInto('documents')
      .values({
        sha256: contractSha,
        media_type: 'application/pdf',
        size_bytes: contract.length,
        bytes: contract,
      })
      .onConflict((oc) => oc.column('sha256').doNothing())
      .execute();

    for (const authz of DEMO_AUTHORIZATIONS) {
      const product = DEMO_PRODUCTS.find((p) => p.id === authz.productId);
      const eula = eulas.get(authz.productId);
      const createdBy = userIds.get(product?.sellerAccountId ?? '');
      if (!product || !eula || !createdBy)
        throw new Error(`demo data: bad authorization ${authz.id}`);
      const isSchedule = authz.pricing.kind === 'schedule';
      await tx
        .insertInto('resale_authorizations')
        .values({
          id: authz.id,
          isv_account_id: product.sellerAccountId,
          reseller_account_id: authz.resellerAccountId,
          product_id: product.id,
          product_name: product.name,
          eula_sha256: eula.sha,
          eula_file_name: eula.fileName,
          pricing_kind: authz.pricing.kind,
          discount_ppm: authz.pricing.kind === 'discount' ? authz.pricing.discountPpm : null,
          availability: isSchedule ? 'single_use' : 'until_date',
          ends_on: sql<string>`current_date + ${AUTHORIZATION_DAYS}::int`,
          contract_kind: authz.contract,
          contract_sha256: authz.contract === 'custom' ? contractSha : null,
          contract_file_name:
            authz.contract === 'custom' ? 'Northwind custom reseller contract.pdf' : null,
          buyer_account_ids: [],
          used_by_offer_id: null,
          deactivated_at: null,
          created_by_user_id: createdBy,
        })
        .execute();
      const pricing = authz.pricing;
      await tx
        .insertInto('authorization_dimensions')
        .values(
          product.dimensions.map((d, position) => ({
            authorization_id: authz.id,
            key: d.key,
            position,
            display_name: d.displayName,
            description: d.description,
            list_unit_cents: d.listUnitCents,
            wholesale_unit_cents:
              pricing.kind === 'custom' ? (pricing.wholesaleUnitCents[d.key] ?? null) : null,
            fixed_quantity: pricing.kind === 'schedule' ? pricing.quantity : null,
          })),
        )
        .execute();
      if (pricing.kind === 'schedule') {
        await tx
          .insertInto('authorization_installments')
          .values(
            pricing.installments.map((inst, position) => ({
              authorization_id: authz.id,
              position,
              invoice_date: sql<string>`current_date + ${inst.inDays}::int`,
              isv_cents: inst.isvCents,
            })),
          )
          .execute();
      }
    }
    return true;
  });
}
