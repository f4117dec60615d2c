// 10,000 agreements on the big reseller's published offers (every tenth offer, accepted by
// its buyer an hour after publishing), so Manage offers counts acceptances on real rows.
import type { Sql } from './bulk-load';
import { agreementIdSql, buyerAccountSql, offerIdSql, SEED_SIZES } from './ids';

export async function seedAgreements(sql: Sql, nonce: string): Promise<void> {
  const every = SEED_SIZES.bigResellerOffers / SEED_SIZES.agreements;
  await sql(
    `INSERT INTO agreements (id, offer_id, buyer_account_id, reseller_account_id, isv_account_id,
       product_id, offer_name, accepted_by_user_id, accepted_at, eula_sha256, terms,
       isv_total_cents, buyer_total_cents, reseller_total_cents)
     SELECT ${agreementIdSql('n')}, o.id, b.account_id, o.reseller_account_id, o.isv_account_id,
       o.product_id, o.name, b.id, o.published_at + interval '1 hour', o.combined_pdf_sha256,
       '{}'::jsonb, o.isv_total_cents, o.buyer_total_cents, o.reseller_total_cents
     FROM generate_series(0, $2::int - 1, $3::int) AS n
     JOIN offers o ON o.id = ${offerIdSql('n')}
     JOIN users b ON b.account_id = ${buyerAccountSql('n')}
     WHERE o.status = 'PUBLISHED'`,
    [nonce, SEED_SIZES.bigResellerOffers, every],
  );
  const rows = await sql('SELECT count(*)::int AS count FROM agreements');
  const count = (rows[0] as { count: number } | undefined)?.count;
  if (count !== SEED_SIZES.agreements) {
    throw new Error(`seeded ${count} agreements instead of ${SEED_SIZES.agreements}`);
  }
}
