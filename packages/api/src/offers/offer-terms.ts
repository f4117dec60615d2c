// Everything that decides what an offer costs and contains, loaded in one place and priced
// with core's priceOffer — the same function the SPAs run for the live preview. Extend,
// review, the buyer's offer page and acceptance all read an offer through here.
import {
  type OfferPricing,
  OfferValidationError,
  type PriceOfferInput,
  priceOffer,
} from '@offerdesk/core';
import type {
  AuthorizationDimension,
  AuthorizationInstallment,
  Database,
  Kysely,
  MediaType,
  Offer,
  ResaleAuthorization,
} from '@offerdesk/db';
import { AppError, type Issue } from '../errors';

export type OfferDimensionTerms = AuthorizationDimension & { quantity: number | null };

export type OfferDocumentTerms = {
  id: string;
  position: number;
  fileName: string;
  sha256: string;
  mediaType: MediaType;
  sizeBytes: number;
};

export type OfferTerms = {
  offer: Offer;
  authorization: ResaleAuthorization;
  /** The authorization's dimensions, with the quantity this offer chose (FPS: the fixed units). */
  dimensions: OfferDimensionTerms[];
  /** The authorization's payment schedule ([] unless pricing_kind = 'schedule'). */
  schedule: AuthorizationInstallment[];
  /** FIXED PRICE: the buyer amount per schedule installment, by position. */
  fixedBuyerCents: (number | null)[];
  buyerAccountIds: string[];
  /** Additional documents in the reseller's order (the EULA is the authorization's). */
  documents: OfferDocumentTerms[];
};

/**
 * What pricing reads of an offer's terms. OfferTerms has all of it; acceptance reads only
 * this much, in its own statement (buyer/acceptance-read.ts).
 */
export type PricingTerms = {
  offer: Pick<Offer, 'pricing_mode' | 'markup_ppm'>;
  authorization: Pick<ResaleAuthorization, 'pricing_kind' | 'discount_ppm'>;
  dimensions: Pick<
    OfferDimensionTerms,
    'key' | 'display_name' | 'list_unit_cents' | 'wholesale_unit_cents' | 'quantity'
  >[];
  schedule: Pick<AuthorizationInstallment, 'invoice_date' | 'isv_cents'>[];
  fixedBuyerCents: (number | null)[];
};

/** The authorization's dimensions with this offer's quantities (FPS: the fixed units). */
export function withQuantities<D extends { key: string; fixed_quantity: number | null }>(
  dimensions: D[],
  offerDimensions: { key: string; quantity: number }[],
): (D & { quantity: number | null })[] {
  const quantities = new Map(offerDimensions.map((d) => [d.key, d.quantity]));
  return dimensions.map((d) => ({
    ...d,
    quantity: d.fixed_quantity ?? quantities.get(d.key) ?? null,
  }));
}

/** FIXED PRICE: the offer's buyer amount for each schedule installment, by position. */
export function fixedBuyerCentsOf(
  schedule: unknown[],
  fixed: { position: number; buyer_cents: number }[],
): (number | null)[] {
  const byPosition = new Map(fixed.map((f) => [f.position, f.buyer_cents]));
  return schedule.map((_, i) => byPosition.get(i) ?? null);
}

export async function loadOfferTerms(
  db: Kysely<Database>,
  offerId: string,
): Promise<OfferTerms | null> {
  const offer = await db
    .selectFrom('offers')
    .selectAll()
    .where('id', '=', offerId)
    .executeTakeFirst();
  if (!offer) return null;
  const [authorization, authDimensions, offerDimensions, schedule, fixed, buyers, documents] =
    await Promise.all([
      db
        .selectFrom('resale_authorizations')
        .selectAll()
        .where('id', '=', offer.authorization_id)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('authorization_dimensions')
        .selectAll()
        .where('authorization_id', '=', offer.authorization_id)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('offer_dimensions')
        .select(['key', 'quantity'])
        .where('offer_id', '=', offerId)
        .execute(),
      db
        .selectFrom('authorization_installments')
        .selectAll()
        .where('authorization_id', '=', offer.authorization_id)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('offer_installments')
        .select(['position', 'buyer_cents'])
        .where('offer_id', '=', offerId)
        .execute(),
      db
        .selectFrom('offer_buyers')
        .select('buyer_account_id')
        .where('offer_id', '=', offerId)
        .orderBy('position')
        .execute(),
      db
        .selectFrom('offer_documents')
        .innerJoin('documents', 'documents.sha256', 'offer_documents.document_sha256')
        .select([
          'offer_documents.id',
          'offer_documents.position',
          'offer_documents.file_name',
          'documents.sha256',
          'documents.media_type',
          'documents.size_bytes',
        ])
        .where('offer_documents.offer_id', '=', offerId)
        .orderBy('offer_documents.position')
        .execute(),
    ]);
  return {
    offer,
    authorization,
    dimensions: withQuantities(authDimensions, offerDimensions),
    schedule,
    fixedBuyerCents: fixedBuyerCentsOf(schedule, fixed),
    buyerAccountIds: buyers.map((b) => b.buyer_account_id),
    documents: documents.map((d) => ({
      id: d.id,
      position: d.position,
      fileName: d.file_name,
      sha256: d.sha256,
      mediaType: d.media_type,
      sizeBytes: d.size_bytes,
    })),
  };
}

/**
 * The priceOffer input for these terms, or the issues that keep a draft from being priced
 * (paths are the offers.update input's: ['pricing', …], ['dimensions', i, 'quantity']).
 */
export function pricingInputOf(
  terms: PricingTerms,
): { input: PriceOfferInput } | { issues: Issue[] } {
  const { offer, authorization } = terms;
  const issues: Issue[] = [];
  if (!offer.pricing_mode)
    issues.push({ path: ['pricing', 'mode'], message: 'Choose MARKUP or FIXED PRICE' });
  terms.dimensions.forEach((d, i) => {
    if (d.quantity === null)
      issues.push({
        path: ['dimensions', i, 'quantity'],
        message: `Enter a quantity for ${d.display_name}`,
      });
  });
  if (offer.pricing_mode === 'MARKUP' && offer.markup_ppm === null) {
    issues.push({ path: ['pricing', 'markupPpm'], message: 'Enter a markup percentage' });
  }
  if (offer.pricing_mode === 'FIXED_PRICE') {
    terms.fixedBuyerCents.forEach((cents, i) => {
      if (cents === null)
        issues.push({
          path: ['pricing', 'buyerCents', i],
          message: `Enter the buyer amount of payment ${i + 1}`,
        });
    });
  }
  if (issues.length > 0) return { issues };
  const pricing: PriceOfferInput['pricing'] =
    offer.pricing_mode === 'FIXED_PRICE'
      ? { mode: 'FIXED_PRICE', buyerCents: terms.fixedBuyerCents.map((c) => c ?? 0) }
      : { mode: 'MARKUP', markupPpm: offer.markup_ppm ?? 0 };
  const auth: PriceOfferInput['authorization'] =
    authorization.pricing_kind === 'discount'
      ? { kind: 'discount', discountPpm: authorization.discount_ppm ?? 0 }
      : authorization.pricing_kind === 'custom'
        ? { kind: 'custom' }
        : {
            kind: 'schedule',
            installments: terms.schedule.map((s) => ({
              invoiceDate: s.invoice_date,
              isvCents: s.isv_cents,
            })),
          };
  return {
    input: {
      authorization: auth,
      pricing,
      dimensions: terms.dimensions.map((d) => ({
        key: d.key,
        listUnitCents: d.list_unit_cents,
        ...(d.wholesale_unit_cents === null ? {} : { wholesaleUnitCents: d.wholesale_unit_cents }),
        quantity: d.quantity ?? 0,
      })),
    },
  };
}

/** Prices the terms, or refuses with the issues at the offers.update field paths. */
export function priceTerms(terms: PricingTerms): OfferPricing {
  const built = pricingInputOf(terms);
  if ('issues' in built) throw AppError.invalid(built.issues);
  try {
    return priceOffer(built.input);
  } catch (error) {
    if (error instanceof OfferValidationError) throw AppError.invalid(error.issues);
    throw error;
  }
}
