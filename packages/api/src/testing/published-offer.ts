// Offers written straight to the database in a chosen state, for tests that must not depend
// on the seller's extend/publish path (which has its own tests). The totals come from the
// same priceTerms the API uses, so a test reads exactly the figures the API would show.
import { addDays, defaultOfferName, type OfferPricing, todayUtc } from '@offerdesk/core';
import type { Database, Kysely, OfferStatus } from '@offerdesk/db';
import {
  createAccount,
  createAuthorization,
  createPdfDocument,
  createProduct,
  randomIds,
  type TestAccount,
  type TestAuthorizationPricing,
  type TestDimension,
} from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { loadOfferTerms, priceTerms } from '../offers/offer-terms';

export type TestOfferTerms = {
  dimensions: TestDimension[];
  authorization: TestAuthorizationPricing;
  /** Chosen quantity per dimension key (ignored for a payment schedule: fixed units). */
  quantities?: Record<string, number>;
  pricing: { mode: 'MARKUP'; markupPpm: number } | { mode: 'FIXED_PRICE'; buyerCents: number[] };
};

/** SPEC §3 example 1 (the guide's schedule), FIXED PRICE: ISV 1.00, buyer 1.10, reseller 0.10. */
export const spec3Example1: TestOfferTerms = {
  dimensions: [{ key: 'pd1', displayName: 'Pricing dimension 1', listUnitCents: 100 }],
  authorization: {
    kind: 'schedule',
    quantity: 1,
    installments: [
      { invoiceDate: '2024-01-17', isvCents: 50 },
      { invoiceDate: '2024-01-18', isvCents: 50 },
    ],
  },
  pricing: { mode: 'FIXED_PRICE', buyerCents: [55, 55] },
};

/** SPEC §3 example 2: ISV 26,194.97, buyer 28,094.09, reseller 1,899.12. */
export const spec3Example2: TestOfferTerms = {
  dimensions: [
    { key: 'assessment', displayName: 'Assessment', listUnitCents: 2_500_000 },
    { key: 'workshop-day', displayName: 'Workshop day', listUnitCents: 199_999 },
  ],
  authorization: { kind: 'discount', discountPpm: 155_000 },
  quantities: { assessment: 1, 'workshop-day': 3 },
  pricing: { mode: 'MARKUP', markupPpm: 72_500 },
};

export type TestOffer = {
  offerId: string;
  name: string;
  status: OfferStatus;
  reseller: TestAccount;
  isv: TestAccount;
  productId: string;
  productName: string;
  authorizationId: string;
  expirationDate: string;
  /** The combined EULA PDF (null unless the offer was published). */
  combinedPdfSha256: string | null;
  pricing: OfferPricing;
};

/** What a buyer sends to accept the offer: consent ticked, the EULA it was shown. */
export function acceptInput(offer: Pick<TestOffer, 'offerId' | 'combinedPdfSha256'>) {
  return { offerId: offer.offerId, eulaConsent: true, eulaSha256: offer.combinedPdfSha256 ?? '' };
}

/**
 * An ISV and a reseller (fresh unless given), a product, an authorization and a
 * PUBLISHED offer to `buyerAccountIds`. `status` writes it in another state instead, for what
 * buyers must not see or can no longer accept: a CANCELLED offer keeps its combined PDF and
 * publication time, other statuses are written as drafts would be.
 */
export async function createPublishedOffer(
  db: Kysely<Database>,
  options: {
    buyerAccountIds: string[];
    terms?: TestOfferTerms;
    status?: OfferStatus;
    /** Default: 30 days after today (UTC). */
    expirationDate?: string;
    additionalDocuments?: string[];
    /** Default: fresh accounts with complete seller registrations. */
    reseller?: TestAccount;
    isv?: TestAccount;
  },
): Promise<TestOffer> {
  const terms = options.terms ?? spec3Example2;
  const status = options.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' || status === 'CANCELLED';
  const isv = options.isv ?? (await createAccount(db, { seller: 'complete', sellerType: 'ISV' }));
  const reseller = options.reseller ?? (await createAccount(db, { seller: 'complete' }));
  const product = await createProduct(db, isv.accountId, terms.dimensions);
  const authorizationId = await createAuthorization(db, {
    isvAccountId: isv.accountId,
    isvUserId: isv.userId,
    resellerAccountId: reseller.accountId,
    productId: product.productId,
    pricing: terms.authorization,
  });
  const offerId = randomIds.offer();
  const name = defaultOfferName({
    buyerIds: options.buyerAccountIds,
    productName: product.name,
  });
  const expirationDate = options.expirationDate ?? addDays(todayUtc(new Date()), 30);
  const combinedPdfSha256 = published ? await createPdfDocument(db, `Combined ${offerId}`) : null;
  const documents: { fileName: string; sha256: string }[] = [];
  for (const fileName of options.additionalDocuments ?? ['Statement of work.pdf']) {
    documents.push({ fileName, sha256: await createPdfDocument(db, fileName) });
  }
  const pricing = await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('offers')
      .values({
        id: offerId,
        reseller_account_id: reseller.accountId,
        isv_account_id: isv.accountId,
        authorization_id: authorizationId,
        product_id: product.productId,
        name,
        status,
        pricing_mode: terms.pricing.mode,
        markup_ppm: terms.pricing.mode === 'MARKUP' ? terms.pricing.markupPpm : null,
        expiration_date: expirationDate,
        combined_pdf_sha256: combinedPdfSha256,
        failure_reason: status === 'FAILED' ? 'The combined PDF could not be built' : null,
        isv_total_cents: null,
        buyer_total_cents: null,
        reseller_total_cents: null,
        created_by_user_id: reseller.userId,
        extended_at: status === 'DRAFT' ? null : sql<Date>`now()`,
        published_at: published ? sql<Date>`now()` : null,
        cancelled_at: status === 'CANCELLED' ? sql<Date>`now()` : null,
      })
      .execute();
    await tx
      .insertInto('offer_buyers')
      .values(
        options.buyerAccountIds.map((buyerAccountId, position) => ({
          offer_id: offerId,
          buyer_account_id: buyerAccountId,
          position,
        })),
      )
      .execute();
    await tx
      .insertInto('offer_dimensions')
      .values(
        terms.dimensions.map((d, position) => ({
          offer_id: offerId,
          key: d.key,
          position,
          quantity:
            terms.authorization.kind === 'schedule'
              ? terms.authorization.quantity
              : (terms.quantities?.[d.key] ?? 1),
        })),
      )
      .execute();
    if (terms.pricing.mode === 'FIXED_PRICE') {
      await tx
        .insertInto('offer_installments')
        .values(
          terms.pricing.buyerCents.map((buyerCents, position) => ({
            offer_id: offerId,
            position,
            buyer_cents: buyerCents,
          })),
        )
        .execute();
    }
    if (documents.length > 0) {
      await tx
        .insertInto('offer_documents')
        .values(
          documents.map((d, position) => ({
            offer_id: offerId,
            position,
            file_name: d.fileName,
            document_sha256: d.sha256,
          })),
        )
        .execute();
    }
    const loaded = await loadOfferTerms(tx, offerId);
    if (!loaded) throw new Error(`Offer ${offerId} was not written`);
    const priced = priceTerms(loaded);
    await tx
      .updateTable('offers')
      .set({
        isv_total_cents: priced.totals.isvCents,
        buyer_total_cents: priced.totals.buyerCents,
        reseller_total_cents: priced.totals.resellerCents,
      })
      .where('id', '=', offerId)
      .execute();
    return priced;
  });
  return {
    offerId,
    name,
    status,
    reseller,
    isv,
    productId: product.productId,
    productName: product.name,
    authorizationId,
    expirationDate,
    combinedPdfSha256,
    pricing,
  };
}
