// Test-only: published offers written straight to the database (the publish job has its own
// tests), so billing, notification and report tests can drive the real acceptance through
// buyer.offers.accept. Every call makes fresh accounts, products and authorizations.
import { type OfferPricing, type PriceOfferInput, priceOffer } from '@offerdesk/core';
import {
  createAuthorization,
  createPdfDocument,
  createProduct,
  randomIds,
  type TestAuthorizationPricing,
  type TestDimension,
} from '@offerdesk/db/testing';
import { TRPCClientError } from '@trpc/client';
import type { Clock } from '../clock';
import { fixedClock } from '../clock';
import type { TestApi } from '../testing';

export type TestSeller = Awaited<ReturnType<TestApi['newAccount']>>;

export type OfferSetup = {
  dimensions?: TestDimension[];
  authorization: TestAuthorizationPricing;
  /** Per dimension key; FPS takes the authorization's fixed quantity. */
  quantities?: Record<string, number>;
  pricing: PriceOfferInput['pricing'];
  buyers?: number;
  expirationDate?: string;
  publishedAt?: Date;
  isv?: TestSeller;
  reseller?: TestSeller;
  offerName?: string;
};

export type PublishedOffer = {
  offerId: string;
  offerName: string;
  productName: string;
  isv: TestSeller;
  reseller: TestSeller;
  buyers: TestSeller[];
  pdfSha256: string;
  pricing: OfferPricing;
};

export async function publishOfferDirectly(t: TestApi, setup: OfferSetup): Promise<PublishedOffer> {
  const db = t.handle.db;
  const isv = setup.isv ?? (await t.newAccount({ seller: 'complete', sellerType: 'ISV' }));
  const reseller = setup.reseller ?? (await t.newAccount({ seller: 'complete' }));
  const buyers: TestSeller[] = [];
  for (let i = 0; i < (setup.buyers ?? 1); i++) buyers.push(await t.newAccount());
  const dimensions = setup.dimensions ?? [{ key: 'unit', listUnitCents: 100_000 }];
  const product = await createProduct(db, isv.accountId, dimensions);
  const authorizationId = await createAuthorization(db, {
    isvAccountId: isv.accountId,
    isvUserId: isv.userId,
    resellerAccountId: reseller.accountId,
    productId: product.productId,
    pricing: setup.authorization,
  });
  const auth = setup.authorization;
  const pricing = priceOffer({
    authorization:
      auth.kind === 'discount'
        ? { kind: 'discount', discountPpm: auth.discountPpm }
        : auth.kind === 'custom'
          ? { kind: 'custom' }
          : { kind: 'schedule', installments: auth.installments },
    dimensions: (auth.kind === 'schedule' ? dimensions.slice(0, 1) : dimensions).map((d) => ({
      key: d.key,
      listUnitCents: d.listUnitCents,
      ...(auth.kind === 'custom' ? { wholesaleUnitCents: auth.wholesaleUnitCents[d.key] } : {}),
      quantity: auth.kind === 'schedule' ? auth.quantity : (setup.quantities?.[d.key] ?? 1),
    })),
    pricing: setup.pricing,
  });
  const offerId = randomIds.offer();
  const offerName = setup.offerName ?? `Offer - ${product.name} - ${buyers.length} buyers`;
  const pdfSha256 = await createPdfDocument(db, `Combined ${offerId}`);
  const publishedAt = setup.publishedAt ?? new Date();
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto('offers')
      .values({
        id: offerId,
        reseller_account_id: reseller.accountId,
        isv_account_id: isv.accountId,
        authorization_id: authorizationId,
        product_id: product.productId,
        name: offerName,
        status: 'PUBLISHED',
        pricing_mode: setup.pricing.mode,
        markup_ppm: setup.pricing.mode === 'MARKUP' ? setup.pricing.markupPpm : null,
        expiration_date: setup.expirationDate ?? '2099-12-31',
        combined_pdf_sha256: pdfSha256,
        isv_total_cents: pricing.totals.isvCents,
        buyer_total_cents: pricing.totals.buyerCents,
        reseller_total_cents: pricing.totals.resellerCents,
        created_by_user_id: reseller.userId,
        extended_at: publishedAt,
        published_at: publishedAt,
      })
      .execute();
    await tx
      .insertInto('offer_buyers')
      .values(
        buyers.map((b, position) => ({
          offer_id: offerId,
          buyer_account_id: b.accountId,
          position,
        })),
      )
      .execute();
    if (auth.kind !== 'schedule') {
      await tx
        .insertInto('offer_dimensions')
        .values(
          dimensions.map((d, position) => ({
            offer_id: offerId,
            key: d.key,
            position,
            quantity: setup.quantities?.[d.key] ?? 1,
          })),
        )
        .execute();
    }
    if (setup.pricing.mode === 'FIXED_PRICE') {
      await tx
        .insertInto('offer_installments')
        .values(
          setup.pricing.buyerCents.map((buyer_cents, position) => ({
            offer_id: offerId,
            position,
            buyer_cents,
          })),
        )
        .execute();
    }
  });
  return {
    offerId,
    offerName,
    productName: product.name,
    isv,
    reseller,
    buyers,
    pdfSha256,
    pricing,
  };
}

/** Accepts through the real API, at `at` when given (the accept check uses the clock). */
export async function acceptOffer(
  t: TestApi,
  offer: PublishedOffer,
  buyer: TestSeller,
  at?: Date | string,
  restore: Clock | null = null,
) {
  if (at) t.setClock(fixedClock(at));
  try {
    return await buyer.client.trpc.buyer.offers.accept.mutate({
      offerId: offer.offerId,
      eulaConsent: true,
      eulaSha256: offer.pdfSha256,
    });
  } finally {
    if (at) t.setClock(restore);
  }
}

/** §3 example 2: discount 15.50 %, Assessment 25,000.00 × 1 and Workshop day 1,999.99 × 3. */
export const EXAMPLE_2 = {
  dimensions: [
    { key: 'assessment', displayName: 'Assessment', listUnitCents: 2_500_000 },
    { key: 'workshop', displayName: 'Workshop day', listUnitCents: 199_999 },
  ],
  authorization: { kind: 'discount', discountPpm: 155_000 },
  quantities: { assessment: 1, workshop: 3 },
  pricing: { mode: 'MARKUP', markupPpm: 72_500 },
} satisfies OfferSetup;

export async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
    throw error;
  }
  throw new Error('expected a tRPC error');
}

/** Billing-test helpers bound to one test API: a fixed clock for one call, and fresh sellers. */
export function billingHelpers(t: TestApi) {
  async function at<T>(instant: string, run: () => Promise<T>): Promise<T> {
    t.setClock(fixedClock(instant));
    try {
      return await run();
    } finally {
      t.setClock(null);
    }
  }

  async function newSellers(prefs: { isv?: 'daily' | number; reseller?: 'daily' | number }) {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const reseller = await t.newAccount({ seller: 'complete' });
    const set = async (who: TestSeller, pref: 'daily' | number | undefined) => {
      if (pref === undefined) return;
      await who.client.trpc.settings.update.mutate({
        disbursementPreference:
          pref === 'daily' ? { kind: 'daily' } : { kind: 'monthly', day: pref },
      });
    };
    await set(isv, prefs.isv);
    await set(reseller, prefs.reseller);
    return { isv, reseller };
  }
  return { at, newSellers };
}
