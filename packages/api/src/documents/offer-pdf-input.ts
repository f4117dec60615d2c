// An offer's combined-PDF input from the database: the cover facts (public seller names, the
// number of buyers) and the stored documents, each read only when the pipeline reaches it.
// Used by the publish job and by the reseller's preview of a draft, so both show the same PDF.
import { defaultOfferName } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import type { OfferTerms } from '../offers/offer-terms';
import type { CombinedPdfInput, SourceDocument } from './combined-pdf';
import type { CoverFacts } from './cover-page';
import { type DocumentStore, readStoredDocument } from './store-document';

/** A stored document the offer refers to is gone (it cannot be, given the foreign keys). */
export class StoredDocumentMissingError extends Error {
  constructor(
    readonly role: 'eula' | 'document',
    readonly fileName: string,
  ) {
    super(`${fileName} is not stored`);
    this.name = 'StoredDocumentMissingError';
  }
}

/** A seller's public name (its profile), or the account name when it has no profile. */
async function sellerName(db: Kysely<Database>, accountId: string): Promise<string> {
  const row = await db
    .selectFrom('accounts')
    .leftJoin('seller_profiles', 'seller_profiles.account_id', 'accounts.id')
    .select(['accounts.name', 'seller_profiles.public_name'])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  return row?.public_name ?? row?.name ?? accountId;
}

export async function coverFactsFor(db: Kysely<Database>, terms: OfferTerms): Promise<CoverFacts> {
  const { offer, authorization } = terms;
  const [resellerName, isvName] = await Promise.all([
    sellerName(db, offer.reseller_account_id),
    sellerName(db, offer.isv_account_id),
  ]);
  return {
    offerId: offer.id,
    offerName:
      offer.name ??
      defaultOfferName({
        buyerIds: terms.buyerAccountIds,
        productName: authorization.product_name,
      }),
    productName: authorization.product_name,
    resellerName,
    isvName,
    buyerAccountCount: terms.buyerAccountIds.length,
  };
}

function storedSource(
  store: DocumentStore,
  role: 'eula' | 'document',
  document: Omit<SourceDocument, 'load'> & { sha256: string },
): SourceDocument {
  return {
    fileName: document.fileName,
    mediaType: document.mediaType,
    sizeBytes: document.sizeBytes,
    load: async () => {
      const bytes = await readStoredDocument(store, document.sha256);
      if (!bytes) throw new StoredDocumentMissingError(role, document.fileName);
      return bytes;
    },
  };
}

/** The pipeline's input for an offer; `date` becomes the PDF's creation date. */
export async function combinedPdfInputFor(
  store: DocumentStore,
  terms: OfferTerms,
  date: Date,
): Promise<CombinedPdfInput> {
  const { db } = store;
  const { authorization } = terms;
  const [cover, eula] = await Promise.all([
    coverFactsFor(db, terms),
    db
      .selectFrom('documents')
      .select('size_bytes')
      .where('sha256', '=', authorization.eula_sha256)
      .executeTakeFirst(),
  ]);
  // A missing EULA is reported when the pipeline reads it (StoredDocumentMissingError).
  const [eulaSource, ...documents] = readingAhead([
    storedSource(store, 'eula', {
      fileName: authorization.eula_file_name,
      mediaType: 'application/pdf',
      sizeBytes: eula?.size_bytes ?? 0,
      sha256: authorization.eula_sha256,
    }),
    ...terms.documents.map((d) => storedSource(store, 'document', d)),
  ]);
  if (!eulaSource) throw new Error('no EULA source');
  return { cover, eula: eulaSource, documents, date };
}

/**
 * Loading a file starts reading the next, so the database sends it while this one is being
 * composed: two files are held at most, the one being copied and the next.
 */
function readingAhead(sources: SourceDocument[]): SourceDocument[] {
  const reads = new Map<number, Promise<Uint8Array>>();
  const start = (index: number) => {
    const source = sources[index];
    if (!source || reads.has(index)) return;
    const read = source.load();
    // Its failure is the pipeline's to report, when (and if) it reaches that file.
    read.catch(() => {});
    reads.set(index, read);
  };
  return sources.map((source, index) => ({
    ...source,
    load: () => {
      start(index);
      const read = reads.get(index) ?? source.load();
      reads.delete(index);
      start(index + 1);
      return read;
    },
  }));
}
