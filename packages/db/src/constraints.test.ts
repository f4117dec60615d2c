// The database itself refuses states the services must never create.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { createAccount, createProduct, randomIds, useTestDatabase } from './testing';

const handle = await useTestDatabase();
const { db } = handle;

async function publishedOffer() {
  const isv = await createAccount(db, { seller: 'complete', sellerType: 'ISV' });
  const reseller = await createAccount(db, { seller: 'complete' });
  const buyer = await createAccount(db);
  const product = await createProduct(db, isv.accountId);
  const authorizationId = randomIds.authorization();
  await db
    .insertInto('resale_authorizations')
    .values({
      id: authorizationId,
      isv_account_id: isv.accountId,
      reseller_account_id: reseller.accountId,
      product_id: product.productId,
      product_name: product.name,
      eula_sha256: product.eulaSha256,
      eula_file_name: 'EULA.pdf',
      pricing_kind: 'discount',
      discount_ppm: 100_000,
      availability: 'until_deactivated',
      ends_on: null,
      contract_kind: 'none',
      contract_sha256: null,
      contract_file_name: null,
      buyer_account_ids: [],
      used_by_offer_id: null,
      deactivated_at: null,
      created_by_user_id: isv.userId,
    })
    .execute();
  const offerId = randomIds.offer();
  await db
    .insertInto('offers')
    .values({
      id: offerId,
      reseller_account_id: reseller.accountId,
      isv_account_id: isv.accountId,
      authorization_id: authorizationId,
      product_id: product.productId,
      name: 'Offer',
      status: 'PUBLISHED',
      pricing_mode: 'MARKUP',
      markup_ppm: 0,
      expiration_date: '2099-01-01',
      combined_pdf_sha256: product.eulaSha256,
      failure_reason: null,
      isv_total_cents: 100,
      buyer_total_cents: 100,
      reseller_total_cents: 0,
      created_by_user_id: reseller.userId,
      extended_at: new Date(),
      published_at: new Date(),
      cancelled_at: null,
    })
    .execute();
  return { isv, reseller, buyer, product, offerId };
}

function agreementRow(
  o: Awaited<ReturnType<typeof publishedOffer>>,
  amounts = { isv: 100, buyer: 110, reseller: 10 },
) {
  return {
    id: randomIds.agreement(),
    offer_id: o.offerId,
    buyer_account_id: o.buyer.accountId,
    reseller_account_id: o.reseller.accountId,
    isv_account_id: o.isv.accountId,
    product_id: o.product.productId,
    offer_name: 'Offer',
    accepted_by_user_id: o.buyer.userId,
    accepted_at: new Date(),
    eula_sha256: o.product.eulaSha256,
    terms: JSON.stringify({ lines: [], installments: [] }),
    isv_total_cents: amounts.isv,
    buyer_total_cents: amounts.buyer,
    reseller_total_cents: amounts.reseller,
  };
}

describe(`database constraints (${handle.kind})`, () => {
  it('stores one agreement per offer and buyer account, and refuses a second', async () => {
    const offer = await publishedOffer();
    await db.insertInto('agreements').values(agreementRow(offer)).execute();
    await expect(db.insertInto('agreements').values(agreementRow(offer)).execute()).rejects.toThrow(
      /agreements_one_per_offer_and_buyer/,
    );
    const count = await db
      .selectFrom('agreements')
      .where('offer_id', '=', offer.offerId)
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow();
    expect(count.n).toBe(1);
  });

  it('refuses a negative reseller margin on an agreement', async () => {
    const offer = await publishedOffer();
    await expect(
      db
        .insertInto('agreements')
        .values(agreementRow(offer, { isv: 110, buyer: 100, reseller: -10 }))
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses totals that do not add up, and a negative margin on an invoice', async () => {
    const offer = await publishedOffer();
    await expect(
      db
        .insertInto('agreements')
        .values(agreementRow(offer, { isv: 100, buyer: 111, reseller: 10 }))
        .execute(),
    ).rejects.toThrow(/check constraint/);
    const agreement = agreementRow(offer);
    await db.insertInto('agreements').values(agreement).execute();
    await expect(
      db
        .insertInto('invoices')
        .values({
          id: randomIds.invoice(),
          agreement_id: agreement.id,
          position: 0,
          buyer_account_id: offer.buyer.accountId,
          reseller_account_id: offer.reseller.accountId,
          isv_account_id: offer.isv.accountId,
          invoice_date: '2027-01-01',
          buyer_cents: 90,
          isv_cents: 100,
          reseller_cents: -10,
          status: 'SCHEDULED',
          issued_at: null,
          paid_at: null,
          paid_by_user_id: null,
        })
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('refuses an unknown offer status and a PUBLISHED offer without its PDF', async () => {
    const offer = await publishedOffer();
    await expect(
      db
        .updateTable('offers')
        .set({ status: 'EXPIRED' as never })
        .where('id', '=', offer.offerId)
        .execute(),
    ).rejects.toThrow(/check constraint/);
    await expect(
      db
        .updateTable('offers')
        .set({ combined_pdf_sha256: null })
        .where('id', '=', offer.offerId)
        .execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('returns money as numbers and calendar dates as strings', async () => {
    const offer = await publishedOffer();
    const row = await db
      .selectFrom('offers')
      .select(['buyer_total_cents', 'expiration_date'])
      .where('id', '=', offer.offerId)
      .executeTakeFirstOrThrow();
    expect(row.buyer_total_cents).toBe(100);
    expect(row.expiration_date).toBe('2099-01-01');
  });
});
