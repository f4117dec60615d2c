// Which combined EULA PDF a caller may read (SPEC §5, §6, §8, §12):
// - a PUBLISHED (or expired) or CANCELLED offer: its stored PDF, for the owning reseller and
//   the targeted buyer accounts;
// - a DRAFT (or an offer being published, or one that failed to): a preview composed now by
//   the same pipeline, for the owning reseller only;
// - anyone else: "not found", exactly as for an offer that does not exist.
import type { Database, Kysely } from '@offerdesk/db';
import { isoInstant } from '../db-time';
import { AppError } from '../errors';
import { offerNotFound } from '../offers/offer-access';
import { loadOfferTerms } from '../offers/offer-terms';
import { type CombinedPdf, composeCombinedPdf, UnreadableDocumentError } from './combined-pdf';
import { combinedPdfInputFor, StoredDocumentMissingError } from './offer-pdf-input';
import type { DocumentStore } from './store-document';

export type OfferEulaPdf =
  | { kind: 'stored'; offerId: string; sha256: string; sizeBytes: number }
  | { kind: 'preview'; offerId: string };

const OFFER_ID = /^offer-[a-z0-9]{13}$/;

export async function findOfferEulaPdf(
  db: Kysely<Database>,
  accountId: string,
  offerId: string,
): Promise<OfferEulaPdf> {
  if (!OFFER_ID.test(offerId)) throw offerNotFound();
  const offer = await db
    .selectFrom('offers')
    .leftJoin('documents', 'documents.sha256', 'offers.combined_pdf_sha256')
    .select([
      'offers.id',
      'offers.status',
      'offers.reseller_account_id',
      'offers.combined_pdf_sha256',
      'documents.size_bytes',
      (eb) =>
        eb
          .exists(
            eb
              .selectFrom('offer_buyers')
              .select('offer_buyers.offer_id')
              .whereRef('offer_buyers.offer_id', '=', 'offers.id')
              .where('offer_buyers.buyer_account_id', '=', accountId),
          )
          .as('targeted'),
    ])
    .where('offers.id', '=', offerId)
    .executeTakeFirst();
  if (!offer) throw offerNotFound();
  const isReseller = offer.reseller_account_id === accountId;
  const published = offer.status === 'PUBLISHED' || offer.status === 'CANCELLED';
  if (published && (isReseller || offer.targeted) && offer.combined_pdf_sha256) {
    return {
      kind: 'stored',
      offerId: offer.id,
      sha256: offer.combined_pdf_sha256,
      sizeBytes: offer.size_bytes ?? 0,
    };
  }
  if (!published && isReseller) return { kind: 'preview', offerId: offer.id };
  throw offerNotFound();
}

/**
 * The combined PDF as it would be published now. Dated by the draft's last change, so an
 * unchanged draft previews to the same bytes (and ETag) every time.
 */
export async function composeOfferPreview(
  store: DocumentStore,
  offerId: string,
): Promise<CombinedPdf> {
  const terms = await loadOfferTerms(store.db, offerId);
  if (!terms) throw offerNotFound();
  try {
    const lastChange = new Date(isoInstant(terms.offer.updated_at));
    return await composeCombinedPdf(await combinedPdfInputFor(store, terms, lastChange));
  } catch (error) {
    if (error instanceof UnreadableDocumentError || error instanceof StoredDocumentMissingError) {
      const message =
        error.role === 'eula'
          ? "The ISV's EULA of this offer could not be read; contact the ISV"
          : `The document "${error.fileName}" could not be read; remove it and upload it again`;
      throw new AppError('CONFLICT', message, [{ path: ['documents'], message }]);
    }
    throw error;
  }
}
