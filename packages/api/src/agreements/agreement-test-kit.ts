// Test setup for agreements: a published offer of an ISV's product sold by a reseller to a buyer,
// and the agreement (with invoices) that accepting it would write, with SPEC §3's figures.
import type { FrozenTerms } from '@offerdesk/db';
import { createPdfDocument, randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import {
  discountAuthorization,
  inDays,
  insertAgreementWithInvoices,
  newIsvWithProduct,
  type Seller,
} from '../isv/test-fixtures';
import type { TestApi } from '../testing';

/** SPEC §3 example 2, MARKUP 7.25 %: ISV 26,194.97, buyer 28,094.09, reseller 1,899.12. */
export const upfrontFigures = {
  pricingMode: 'MARKUP' as const,
  markupPpm: 72_500,
  lines: [
    {
      key: 'assessment',
      displayName: 'Assessment',
      quantity: 1,
      wholesaleUnitCents: 2_112_500,
      buyerUnitCents: 2_265_656,
      isvCents: 2_112_500,
      buyerCents: 2_265_656,
      resellerCents: 153_156,
    },
    {
      key: 'workshop-day',
      displayName: 'Workshop day',
      quantity: 3,
      wholesaleUnitCents: 168_999,
      buyerUnitCents: 181_251,
      isvCents: 506_997,
      buyerCents: 543_753,
      resellerCents: 36_756,
    },
  ],
  installments: [],
  totals: { isv: 2_619_497, buyer: 2_809_409, reseller: 189_912 },
};

/** SPEC §3 example 1, FIXED PRICE: ISV 1.00, buyer 1.10, reseller 0.10. */
export const scheduleFigures = {
  pricingMode: 'FIXED_PRICE' as const,
  markupPpm: null,
  lines: [],
  installments: [
    { invoiceDate: inDays(30), isvCents: 50, buyerCents: 55, resellerCents: 5 },
    { invoiceDate: inDays(60), isvCents: 50, buyerCents: 55, resellerCents: 5 },
  ],
  totals: { isv: 100, buyer: 110, reseller: 10 },
};

type Sale = {
  isv: Seller;
  reseller: Seller;
  buyer: Seller;
  productId: string;
  productName: string;
};

export type SoldOffer = Sale & { offerId: string; authorizationId: string };

/** An ISV's product authorized to a reseller, and an offer of it to the buyer. */
export async function sale(t: TestApi, isv?: Seller, reseller?: Seller): Promise<SoldOffer> {
  const product = isv
    ? await (async () => {
        const eulaSha256 = await createPdfDocument(t.handle.db);
        const name = `Premium support ${randomIds.offer()}`;
        const { productId } = await isv.client.trpc.isv.products.create.mutate({
          name,
          description: '',
          dimensions: [{ displayName: 'Month', description: '', listUnitCents: 450_000 }],
          eulaSha256,
        });
        return { isv, productId, productName: name };
      })()
    : await newIsvWithProduct(t);
  const seller = reseller ?? (await t.newAccount({ seller: 'complete' }));
  const buyer = await t.newAccount();
  const { authorizationId } = await product.isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(product.productId, seller.accountId),
  );
  const offerId = randomIds.offer();
  await t.handle.db
    .insertInto('offers')
    .values({
      id: offerId,
      reseller_account_id: seller.accountId,
      isv_account_id: product.isv.accountId,
      authorization_id: authorizationId,
      product_id: product.productId,
      name: `Offer - ${buyer.accountId} - ${product.productName}`,
      status: 'PUBLISHED',
      pricing_mode: 'MARKUP',
      markup_ppm: 72_500,
      expiration_date: inDays(30),
      combined_pdf_sha256: await createPdfDocument(t.handle.db),
      failure_reason: null,
      isv_total_cents: null,
      buyer_total_cents: null,
      reseller_total_cents: null,
      created_by_user_id: seller.userId,
      extended_at: sql<Date>`now()`,
      published_at: sql<Date>`now()`,
      cancelled_at: null,
    })
    .execute();
  return {
    isv: product.isv,
    reseller: seller,
    buyer,
    productId: product.productId,
    productName: product.productName,
    offerId,
    authorizationId,
  };
}

/** The agreement (and invoices) the acceptance service would write, with the given figures. */
export async function insertAgreement(
  t: TestApi,
  s: SoldOffer,
  figures: typeof upfrontFigures | typeof scheduleFigures,
  acceptedAt = new Date(),
): Promise<string> {
  const id = randomIds.agreement();
  const terms: FrozenTerms = {
    productName: s.productName,
    productId: s.productId,
    resellerName: s.reseller.name,
    isvName: s.isv.name,
    pricingMode: figures.pricingMode,
    markupPpm: figures.markupPpm,
    lines: figures.lines,
    installments: figures.installments,
  };
  await insertAgreementWithInvoices(
    t,
    {
      id,
      offer_id: s.offerId,
      buyer_account_id: s.buyer.accountId,
      reseller_account_id: s.reseller.accountId,
      isv_account_id: s.isv.accountId,
      product_id: s.productId,
      offer_name: `Offer - ${s.buyer.accountId} - ${s.productName}`,
      accepted_by_user_id: s.buyer.userId,
      accepted_at: acceptedAt,
      eula_sha256: 'c'.repeat(64),
      terms: JSON.stringify(terms),
      isv_total_cents: figures.totals.isv,
      buyer_total_cents: figures.totals.buyer,
      reseller_total_cents: figures.totals.reseller,
    },
    figures.installments,
  );
  return id;
}
