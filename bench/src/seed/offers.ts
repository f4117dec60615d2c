// The offers, in three set-based statements. Offer n < 100,000 is the big reseller's; the
// rest belong to resellers 1…100, 1,000 each, all PUBLISHED and unexpired so each can be
// accepted once by its own buyer account (buyer n mod 100,000). The big reseller's list is
// mixed like a real one: drafts, cancelled offers and expired ones among the published.
// created_at is spread back in time, one offer every ~17 s, with microseconds.
import type { Sql } from './bulk-load';
import type { Catalog } from './catalog';
import { OFFER_TERMS, PRODUCT_NAME } from './catalog';
import {
  authorizationIdSql,
  buyerAccountSql,
  ISV_ACCOUNT,
  offerIdSql,
  resellerAccountSql,
  SEED_SIZES,
  TOTAL_OFFERS,
} from './ids';

const BIG = SEED_SIZES.bigResellerOffers;
const PER_SMALL = SEED_SIZES.offersPerSmallReseller;

/** Reseller r of offer n, and the offer's status (big reseller: 1 in 20 drafts, 1 in 20 cancelled). */
const SHAPE = `
  SELECT n,
    CASE WHEN n < ${BIG} THEN 0 ELSE 1 + (n - ${BIG}) / ${PER_SMALL} END AS r,
    CASE WHEN n >= ${BIG} THEN 'PUBLISHED' WHEN n % 20 = 1 THEN 'DRAFT'
      WHEN n % 20 = 2 THEN 'CANCELLED' ELSE 'PUBLISHED' END AS status,
    now() - n * interval '17.000123 seconds' AS created_at,
    -- The big reseller's dates run from 50 days ago to a year ahead; the others' are ahead.
    CASE WHEN n < ${BIG} THEN current_date + (n % 400 - 50) ELSE current_date + 30 END AS expires
  FROM generate_series(0, ${TOTAL_OFFERS - 1}) AS n`;

export async function seedOffers(sql: Sql, nonce: string, catalog: Catalog) {
  const { totals } = catalog.pricing;
  await sql(
    `INSERT INTO offers (id, reseller_account_id, isv_account_id, authorization_id, product_id,
       name, status, pricing_mode, markup_ppm, expiration_date, combined_pdf_sha256,
       isv_total_cents, buyer_total_cents, reseller_total_cents, created_by_user_id,
       created_at, updated_at, extended_at, published_at, cancelled_at)
     SELECT ${offerIdSql('s.n')}, ${resellerAccountSql('s.r')}, $2, ${authorizationIdSql('s.r')}, $3,
       'Offer - ' || ${buyerAccountSql(`s.n % ${SEED_SIZES.buyers}`)} || ' - ' || $4,
       s.status, 'MARKUP', $5, s.expires,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE $6 END,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE $7::bigint END,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE $8::bigint END,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE $9::bigint END,
       u.id, s.created_at, s.created_at,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE s.created_at + interval '1 minute' END,
       CASE WHEN s.status = 'DRAFT' THEN NULL ELSE s.created_at + interval '2 minutes' END,
       CASE WHEN s.status = 'CANCELLED' THEN s.created_at + interval '1 day' END
     FROM (${SHAPE}) s JOIN users u ON u.account_id = ${resellerAccountSql('s.r')}`,
    [
      nonce,
      ISV_ACCOUNT,
      catalog.productId,
      PRODUCT_NAME,
      OFFER_TERMS.pricing.markupPpm,
      catalog.combinedPdfSha256,
      totals.isvCents,
      totals.buyerCents,
      totals.resellerCents,
    ],
  );
  await sql(
    `INSERT INTO offer_buyers (offer_id, buyer_account_id, position)
     SELECT ${offerIdSql('n')}, ${buyerAccountSql(`n % ${SEED_SIZES.buyers}`)}, 0
     FROM generate_series(0, ${TOTAL_OFFERS - 1}) AS n`,
    [nonce],
  );
  const quantities = OFFER_TERMS.dimensions
    .map((d, position) => `('${d.key}', ${position}, ${d.quantity})`)
    .join(', ');
  await sql(
    `INSERT INTO offer_dimensions (offer_id, key, position, quantity)
     SELECT ${offerIdSql('n')}, d.key, d.position, d.quantity
     FROM generate_series(0, ${TOTAL_OFFERS - 1}) AS n
     CROSS JOIN (VALUES ${quantities}) AS d (key, position, quantity)`,
    [nonce],
  );
}
