// The buyer's offer page (SPEC §8): what was offered to this account, at the buyer's prices.
// Wholesale prices, ISV amounts, the reseller's margin and the other buyer accounts are the
// sellers' business, so the answer is built field by field from the priced terms.
import { expiryInstant } from '@offerdesk/core';
import type { Database, Kysely, MediaType } from '@offerdesk/db';
import { AppError } from '../errors';
import { loadOfferTerms, priceTerms } from '../offers/offer-terms';
import { type BuyerAgreement, toBuyerAgreement } from './buyer-agreement';
import {
  type BuyerOfferStatus,
  buyerOfferStatus,
  secondsLeft,
  visibleToBuyer,
} from './offer-visibility';
import { loadSellerNames } from './seller-names';

export type BuyerOfferDetails = {
  offerId: string;
  name: string;
  status: BuyerOfferStatus;
  product: { id: string; name: string; description: string };
  sellerOfRecord: string;
  publisher: string;
  /** UPFRONT: the total is invoiced on acceptance; INSTALLMENTS: on each invoice date. */
  billing: 'UPFRONT' | 'INSTALLMENTS';
  /** Unit price and amount are null on a payment schedule, where the money is per installment. */
  dimensions: {
    key: string;
    displayName: string;
    description: string;
    quantity: number;
    unitCents: number | null;
    amountCents: number | null;
  }[];
  installments: { invoiceDate: string; amountCents: number }[];
  totalCents: number;
  expirationDate: string;
  /** ISO 8601: 00:00:00.000 UTC of the day after the expiration date. */
  expiresAt: string;
  /** Time left to accept; 0 unless the offer is AVAILABLE. */
  secondsLeft: number;
  combinedPdf: { sha256: string; url: string; sizeBytes: number };
  /** The documents the combined PDF encloses, in order: the ISV's EULA first. */
  documents: { kind: 'EULA' | 'ADDITIONAL'; fileName: string; mediaType: MediaType }[];
  /** This account's agreement, once it accepted. */
  agreement: BuyerAgreement | null;
};

export async function getBuyerOffer(
  db: Kysely<Database>,
  actor: { accountId: string },
  offerId: string,
  now: Date,
): Promise<BuyerOfferDetails> {
  const visible = await db
    .selectFrom('offers')
    .select('offers.id')
    .where('offers.id', '=', offerId)
    .where(visibleToBuyer(actor.accountId))
    .executeTakeFirst();
  const terms = visible ? await loadOfferTerms(db, offerId) : null;
  const { offer } = terms ?? {};
  if (!terms || !offer?.name || !offer.expiration_date || !offer.combined_pdf_sha256) {
    throw AppError.notFound('This offer');
  }
  const pricing = priceTerms(terms);
  const [names, product, pdf, agreement] = await Promise.all([
    loadSellerNames(db, offer),
    db
      .selectFrom('products')
      .select('description')
      .where('id', '=', offer.product_id)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('documents')
      .select('size_bytes')
      .where('sha256', '=', offer.combined_pdf_sha256)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('agreements')
      .selectAll()
      .where('offer_id', '=', offerId)
      .where('buyer_account_id', '=', actor.accountId)
      .executeTakeFirst(),
  ]);
  const lines = new Map(pricing.lines.map((line) => [line.key, line]));
  const expiresAt = expiryInstant(offer.expiration_date);
  const status = buyerOfferStatus(
    { status: offer.status, expirationDate: offer.expiration_date, accepted: !!agreement },
    now,
  );
  const eulaDocument = {
    kind: 'EULA' as const,
    fileName: terms.authorization.eula_file_name,
    mediaType: 'application/pdf' as const,
  };
  return {
    offerId: offer.id,
    name: offer.name,
    status,
    product: {
      id: offer.product_id,
      name: terms.authorization.product_name,
      description: product.description,
    },
    sellerOfRecord: names.resellerName,
    publisher: names.isvName,
    billing: pricing.installments.length > 0 ? 'INSTALLMENTS' : 'UPFRONT',
    dimensions: terms.dimensions.map((dimension) => {
      const line = lines.get(dimension.key);
      return {
        key: dimension.key,
        displayName: dimension.display_name,
        description: dimension.description,
        quantity: line?.quantity ?? dimension.quantity ?? 0,
        unitCents: line?.buyerUnitCents ?? null,
        amountCents: line?.buyerCents ?? null,
      };
    }),
    installments: pricing.installments.map((installment) => ({
      invoiceDate: installment.invoiceDate,
      amountCents: installment.buyerCents,
    })),
    totalCents: pricing.totals.buyerCents,
    expirationDate: offer.expiration_date,
    expiresAt: expiresAt.toISOString(),
    secondsLeft: status === 'AVAILABLE' ? secondsLeft(expiresAt, now) : 0,
    combinedPdf: {
      sha256: offer.combined_pdf_sha256,
      url: `/files/offers/${offer.id}/eula.pdf`,
      sizeBytes: pdf.size_bytes,
    },
    documents: [
      eulaDocument,
      ...terms.documents.map((document) => ({
        kind: 'ADDITIONAL' as const,
        fileName: document.fileName,
        mediaType: document.mediaType,
      })),
    ],
    agreement: agreement ? toBuyerAgreement(agreement) : null,
  };
}
