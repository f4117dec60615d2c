// The ISV's product (SPEC §3 example 2's two dimensions, with a real EULA PDF) and one
// discount authorization per reseller: no contract, no buyer restriction, until deactivated,
// so every reseller can extend offers from it.
import { randomUUID } from 'node:crypto';
import { type OfferPricing, priceOffer } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { createPdfDocument } from '@offerdesk/db/testing';
import type { Sql } from './bulk-load';
import { authorizationIdSql, ISV_ACCOUNT, resellerAccountSql, SEED_SIZES } from './ids';

export const PRODUCT_NAME = 'Benchmark Assessment';
const DISCOUNT_PPM = 155_000;
const DIMENSIONS = [
  { key: 'assessment', name: 'Assessment', listUnitCents: 2_500_000 },
  { key: 'workshop-day', name: 'Workshop day', listUnitCents: 199_999 },
];

/** What every seeded offer and every offer the bench extends is made of. */
export const OFFER_TERMS = {
  dimensions: [
    { key: 'assessment', quantity: 1 },
    { key: 'workshop-day', quantity: 3 },
  ],
  pricing: { mode: 'MARKUP' as const, markupPpm: 72_500 },
};

export type Catalog = {
  productId: string;
  eulaSha256: string;
  /** The combined PDF that every seeded published offer points to (acceptance sends it). */
  combinedPdfSha256: string;
  /** Stored on published offers: acceptance checks it against the priced terms. */
  pricing: OfferPricing;
};

export async function seedCatalog(sql: Sql, db: Kysely<Database>, nonce: string): Promise<Catalog> {
  const productId = randomUUID();
  const eulaSha256 = await createPdfDocument(db, `${PRODUCT_NAME} EULA`);
  const combinedPdfSha256 = await createPdfDocument(db, 'Benchmark combined EULA');
  await sql(
    `INSERT INTO products (id, seller_account_id, name, description, eula_sha256, eula_file_name)
     VALUES ($1, $2, $3, 'Benchmark product', $4, 'EULA.pdf')`,
    [productId, ISV_ACCOUNT, PRODUCT_NAME, eulaSha256],
  );
  for (const [position, d] of DIMENSIONS.entries()) {
    await sql(
      `INSERT INTO product_dimensions (product_id, key, position, display_name, description, list_unit_cents)
       VALUES ($1, $2, $3, $4, '', $5)`,
      [productId, d.key, position, d.name, d.listUnitCents],
    );
  }
  await sql(
    `INSERT INTO resale_authorizations (id, isv_account_id, reseller_account_id, product_id,
       product_name, eula_sha256, eula_file_name, pricing_kind, discount_ppm, availability,
       contract_kind, created_by_user_id)
     SELECT ${authorizationIdSql('r')}, $2, ${resellerAccountSql('r')}, $3, $4, $5, 'EULA.pdf',
       'discount', $6, 'until_deactivated', 'none', u.id
     FROM generate_series(0, $7::int) AS r JOIN users u ON u.account_id = $2`,
    [
      nonce,
      ISV_ACCOUNT,
      productId,
      PRODUCT_NAME,
      eulaSha256,
      DISCOUNT_PPM,
      SEED_SIZES.smallResellers,
    ],
  );
  await sql(
    `INSERT INTO authorization_dimensions (authorization_id, key, position, display_name,
       description, list_unit_cents)
     SELECT a.id, d.key, d.position, d.display_name, d.description, d.list_unit_cents
     FROM resale_authorizations a JOIN product_dimensions d ON d.product_id = a.product_id`,
  );
  const pricing = priceOffer({
    authorization: { kind: 'discount', discountPpm: DISCOUNT_PPM },
    dimensions: DIMENSIONS.map((d) => ({
      key: d.key,
      listUnitCents: d.listUnitCents,
      quantity: OFFER_TERMS.dimensions.find((q) => q.key === d.key)?.quantity ?? 0,
    })),
    pricing: OFFER_TERMS.pricing,
  });
  return { productId, eulaSha256, combinedPdfSha256, pricing };
}
