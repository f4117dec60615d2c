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
import type { AliasedExpression, ExpressionBuilder } from 'kysely';
import { jsonArrayFrom, jsonBuildObject } from 'kysely/helpers/postgres';
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

/**
 * The rows that price an offer (its authorization's dimensions and schedule, its quantities and
 * FIXED PRICE amounts) as one JSON column of a select on `offers`, so a reader gets them in
 * the statement that reads the offer: loadOfferTerms, and acceptance after its lock
 * (buyer/acceptance-read.ts). pricingTermsOf turns the column into OfferTerms' parts.
 */
export function pricingTermsSelect(eb: ExpressionBuilder<Database, 'offers'>) {
  return jsonBuildObject({
    dimensions: jsonArrayFrom(
      eb
        .selectFrom('authorization_dimensions as d')
        .selectAll('d')
        .whereRef('d.authorization_id', '=', 'offers.authorization_id')
        .orderBy('d.position'),
    ),
    quantities: jsonArrayFrom(
      eb
        .selectFrom('offer_dimensions as q')
        .select(['q.key', 'q.quantity'])
        .whereRef('q.offer_id', '=', 'offers.id'),
    ),
    schedule: jsonArrayFrom(
      eb
        .selectFrom('authorization_installments as i')
        .selectAll('i')
        .whereRef('i.authorization_id', '=', 'offers.authorization_id')
        .orderBy('i.position'),
    ),
    fixed: jsonArrayFrom(
      eb
        .selectFrom('offer_installments as f')
        .select(['f.position', 'f.buyer_cents'])
        .whereRef('f.offer_id', '=', 'offers.id'),
    ),
  }).as('pricing_terms');
}

type PricingTermsColumn =
  ReturnType<typeof pricingTermsSelect> extends AliasedExpression<infer T, string> ? T : never;

/** The pricing rows read by pricingTermsSelect, as OfferTerms holds them. */
export function pricingTermsOf(
  column: PricingTermsColumn,
): Pick<OfferTerms, 'dimensions' | 'schedule' | 'fixedBuyerCents'> {
  // The authorization's dimensions with this offer's quantities (FPS: the fixed units).
  const quantities = new Map(column.quantities.map((q) => [q.key, q.quantity]));
  const byPosition = new Map(column.fixed.map((f) => [f.position, f.buyer_cents]));
  return {
    dimensions: column.dimensions.map((d) => ({
      ...d,
      quantity: d.fixed_quantity ?? quantities.get(d.key) ?? null,
    })),
    schedule: column.schedule,
    // FIXED PRICE: the offer's buyer amount for each schedule installment, by position.
    fixedBuyerCents: column.schedule.map((_, i) => byPosition.get(i) ?? null),
  };
}

export async function loadOfferTerms(
  db: Kysely<Database>,
  offerId: string,
): Promise<OfferTerms | null> {
  const row = await db
    .selectFrom('offers')
    .selectAll('offers')
    .select((eb) => pricingTermsSelect(eb))
    .where('offers.id', '=', offerId)
    .executeTakeFirst();
  if (!row) return null;
  const { pricing_terms, ...offer } = row;
  const [authorization, buyers, documents] = await Promise.all([
    db
      .selectFrom('resale_authorizations')
      .selectAll()
      .where('id', '=', offer.authorization_id)
      .executeTakeFirstOrThrow(),
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
    ...pricingTermsOf(pricing_terms),
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
