// The offer as its reseller sees it: terms, pricing (or what keeps it from being priced),
// documents, status (EXPIRED computed from the clock), contract, and whether its
// authorization can still be used — what View details, the wizard and Review show.
import {
  defaultOfferName,
  expiryInstant,
  type OfferDisplayStatus,
  type OfferPricing,
  offerDisplayStatus,
  todayUtc,
} from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import type { Clock } from '../clock';
import { isoInstant } from '../db-time';
import { AppError, type Issue } from '../errors';
import {
  authorizationUnusableReason,
  type ContractStatus,
  contractStatus,
} from './authorization-use';
import { findOwnedOffer, offerNotFound } from './offer-access';
import { loadOfferTerms, type OfferTerms, priceTerms } from './offer-terms';

export type PricingPreview = { pricing: OfferPricing | null; issues: Issue[] };

export function previewPricing(terms: OfferTerms): PricingPreview {
  try {
    return { pricing: priceTerms(terms), issues: [] };
  } catch (error) {
    if (error instanceof AppError) return { pricing: null, issues: error.issues };
    throw error;
  }
}

export type OfferDocumentView = {
  /** null for the ISV EULA, which belongs to the authorization. */
  id: string | null;
  kind: 'EULA' | 'ADDITIONAL';
  fileName: string;
  mediaType: string;
  sizeBytes: number | null;
  sha256: string;
};

export function documentViews(terms: OfferTerms): OfferDocumentView[] {
  const { authorization } = terms;
  return [
    {
      id: null,
      kind: 'EULA',
      fileName: authorization.eula_file_name,
      mediaType: 'application/pdf',
      sizeBytes: null,
      sha256: authorization.eula_sha256,
    },
    ...terms.documents.map((d) => ({
      id: d.id,
      kind: 'ADDITIONAL' as const,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256,
    })),
  ];
}

export async function loadOwnedTerms(
  db: Kysely<Database>,
  accountId: string,
  offerId: string,
): Promise<OfferTerms> {
  await findOwnedOffer(db, accountId, offerId);
  const terms = await loadOfferTerms(db, offerId);
  if (!terms) throw offerNotFound();
  return terms;
}

export async function getSellerOffer(
  db: Kysely<Database>,
  clock: Clock,
  publicUrl: string,
  accountId: string,
  offerId: string,
) {
  const terms = await loadOwnedTerms(db, accountId, offerId);
  const { offer, authorization } = terms;
  const now = clock.now();
  const [isv, accepted, contract] = await Promise.all([
    db
      .selectFrom('accounts')
      .leftJoin('seller_profiles', 'seller_profiles.account_id', 'accounts.id')
      .select(['accounts.id', 'accounts.name', 'seller_profiles.public_name'])
      .where('accounts.id', '=', offer.isv_account_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('agreements')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('offer_id', '=', offer.id)
      .executeTakeFirstOrThrow(),
    contractStatus(db, authorization),
  ]);
  const status: OfferDisplayStatus = offerDisplayStatus(
    { status: offer.status, expirationDate: offer.expiration_date },
    now,
  );
  const editable = offer.status === 'DRAFT' || offer.status === 'FAILED';
  const fixedBuyerCents = offer.pricing_mode === 'FIXED_PRICE' ? terms.fixedBuyerCents : null;
  return {
    id: offer.id,
    name: offer.name,
    /** What extend will name the offer when `name` is empty. */
    defaultName: defaultOfferName({
      buyerIds: terms.buyerAccountIds,
      productName: authorization.product_name,
    }),
    status,
    storedStatus: offer.status,
    failureReason: offer.failure_reason,
    createdAt: isoInstant(offer.created_at),
    updatedAt: isoInstant(offer.updated_at),
    extendedAt: offer.extended_at?.toISOString() ?? null,
    publishedAt: offer.published_at?.toISOString() ?? null,
    cancelledAt: offer.cancelled_at?.toISOString() ?? null,
    expirationDate: offer.expiration_date,
    expiresAt: offer.expiration_date ? expiryInstant(offer.expiration_date).toISOString() : null,
    buyerAccountIds: terms.buyerAccountIds,
    acceptedCount: Number(accepted.count),
    offerUrl: `${publicUrl.replace(/\/$/, '')}/buyer/offers/${offer.id}`,
    product: { id: offer.product_id, name: authorization.product_name },
    isv: { accountId: isv.id, name: isv.public_name ?? isv.name },
    authorization: {
      id: authorization.id,
      pricingKind: authorization.pricing_kind,
      discountPpm: authorization.discount_ppm,
      availability: authorization.availability,
      endsOn: authorization.ends_on,
      buyerAccountIds: authorization.buyer_account_ids,
      deactivated: authorization.deactivated_at !== null,
      paymentSchedule: authorization.pricing_kind === 'schedule',
    },
    /** Why extend would refuse this draft's authorization (e.g. a clone of a used-up one). */
    authorizationWarning: editable
      ? authorizationUnusableReason(authorization, offer.id, todayUtc(now))
      : null,
    contract: contract satisfies ContractStatus,
    dimensions: terms.dimensions.map((d) => ({
      key: d.key,
      displayName: d.display_name,
      description: d.description,
      listUnitCents: d.list_unit_cents,
      wholesaleUnitCents: d.wholesale_unit_cents,
      quantity: d.quantity,
      fixed: d.fixed_quantity !== null,
    })),
    schedule: terms.schedule.map((s, i) => ({
      invoiceDate: s.invoice_date,
      isvCents: s.isv_cents,
      buyerCents: fixedBuyerCents?.[i] ?? null,
    })),
    pricingChoice: {
      mode: offer.pricing_mode,
      markupPpm: offer.markup_ppm,
      buyerCents: fixedBuyerCents,
    },
    ...previewPricing(terms),
    totals:
      offer.buyer_total_cents === null
        ? null
        : {
            isvCents: offer.isv_total_cents ?? 0,
            buyerCents: offer.buyer_total_cents,
            resellerCents: offer.reseller_total_cents ?? 0,
          },
    documents: documentViews(terms),
    combinedPdfSha256: offer.combined_pdf_sha256,
  };
}

export type SellerOfferView = Awaited<ReturnType<typeof getSellerOffer>>;

/** Review: the live pricing and the documents in the order the combined PDF will have. */
export async function previewOffer(db: Kysely<Database>, accountId: string, offerId: string) {
  const terms = await loadOwnedTerms(db, accountId, offerId);
  return {
    offerId,
    ...previewPricing(terms),
    documents: documentViews(terms),
    /** The combined-PDF preview (a file route). */
    combinedPdfPath: `/files/offers/${offerId}/eula.pdf`,
  };
}
