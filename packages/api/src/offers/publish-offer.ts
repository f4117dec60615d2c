// The publish job's work (SPEC §5, §6): compose the combined PDF, store it once by SHA-256,
// then mark the offer PUBLISHED — only if it is still PUBLISHING, under its row lock, so a
// retry after a crash (or a second job) neither publishes twice nor writes two events.
import type { Database, Kysely, Offer } from '@offerdesk/db';
import type { Clock } from '../clock';
import { isoInstant } from '../db-time';
import type { CombinedPdfInput } from '../documents/combined-pdf';
import { composeOfferPdf, EULA_FILE_LABEL, UnreadableDocumentError } from '../documents/compose';
import { combinedPdfInputFor, StoredDocumentMissingError } from '../documents/offer-pdf-input';
import { type DocumentStore, storeDocument } from '../documents/store-document';
import { reachFaultPoint } from '../jobs/fault-points';
import {
  enqueueNotifications,
  type NotificationServices,
} from '../notifications/enqueue-notifications';

import { recordOfferEvent } from './offer-events';
import { publishMessages } from './offer-messages';
import { loadOfferTerms } from './offer-terms';

/** A failure that retrying cannot fix (a stored file that is not a readable PDF). */
export class PublishRefusal extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PublishRefusal';
  }
}

/** The PDF's date: when the offer was extended, so every retry composes the same bytes. */
function composedAt(offer: Offer): Date {
  return offer.extended_at ?? new Date(isoInstant(offer.updated_at));
}

/** The test-only fault point between the EULA and the first additional document. */
function withMidComposeFault(input: CombinedPdfInput, offerId: string): CombinedPdfInput {
  const [first, ...rest] = input.documents;
  if (!first) return input;
  const load = () => {
    reachFaultPoint('publish:mid-compose', offerId);
    return first.load();
  };
  return { ...input, documents: [{ ...first, load }, ...rest] };
}

async function composeFor(store: DocumentStore, offerId: string): Promise<Uint8Array | null> {
  const terms = await loadOfferTerms(store.db, offerId);
  if (terms?.offer.status !== 'PUBLISHING') return null;
  reachFaultPoint('publish:before-compose', offerId);
  // Stored files are read as the pipeline reaches them, each with the next one ahead.
  const input = await combinedPdfInputFor(store, terms, composedAt(terms.offer));
  try {
    return await composeOfferPdf(withMidComposeFault(input, offerId));
  } catch (error) {
    if (error instanceof StoredDocumentMissingError) {
      const message =
        error.role === 'eula'
          ? publishMessages.eulaMissing
          : publishMessages.documentMissing(error.fileName);
      throw new PublishRefusal(message, { cause: error });
    }
    if (!(error instanceof UnreadableDocumentError)) throw error;
    const message =
      error.fileName === EULA_FILE_LABEL
        ? publishMessages.eulaUnreadable
        : publishMessages.unreadable(error.fileName);
    throw new PublishRefusal(message, { cause: error });
  }
}

export type PublishOutcome = 'published' | 'skipped';

/** Stored files are read and the PDF stored through the handle (COPY on PostgreSQL). */
export async function publishOffer(
  store: DocumentStore,
  clock: Clock,
  offerId: string,
  /** The job passes its services; without them (unit tests) no notification is queued. */
  services?: NotificationServices,
): Promise<PublishOutcome> {
  const { db } = store;
  const pdf = await composeFor(store, offerId);
  if (!pdf) return 'skipped';
  // Stored once (a retry finds it there).
  const sha256 = await storeDocument(store, { bytes: pdf, mediaType: 'application/pdf' });
  reachFaultPoint('publish:after-store', offerId);
  const outcome = await db.transaction().execute(async (tx): Promise<PublishOutcome> => {
    const offer = await tx
      .selectFrom('offers')
      .select('status')
      .where('id', '=', offerId)
      .forUpdate()
      .executeTakeFirst();
    if (offer?.status !== 'PUBLISHING') return 'skipped';
    const now = clock.now();
    await tx
      .updateTable('offers')
      .set({
        status: 'PUBLISHED',
        combined_pdf_sha256: sha256,
        published_at: now,
        updated_at: clock.sqlNow(),
      })
      .where('id', '=', offerId)
      .execute();
    await recordOfferEvent(tx, offerId, 'published', null, { combinedPdfSha256: sha256 });
    // The buyers' "offer published" notifications, in this transaction (SPEC §10).
    if (services) await enqueueNotifications(tx, { kind: 'offer.published', offerId }, services);
    return 'published';
  });
  if (outcome === 'published') {
    reachFaultPoint('publish:after-commit', offerId);
    // The buyers' mail written in the transaction goes now, not at the outbox's next poll.
    services?.jobs.wake('mail');
  }
  return outcome;
}

/** PUBLISHING → FAILED with a reason the reseller can act on; no-op in any other state. */
export async function failPublishing(
  db: Kysely<Database>,
  clock: Clock,
  offerId: string,
  reason: string,
): Promise<boolean> {
  return db.transaction().execute(async (tx) => {
    const offer = await tx
      .selectFrom('offers')
      .select('status')
      .where('id', '=', offerId)
      .forUpdate()
      .executeTakeFirst();
    if (offer?.status !== 'PUBLISHING') return false;
    await tx
      .updateTable('offers')
      .set({ status: 'FAILED', failure_reason: reason, updated_at: clock.sqlNow() })
      .where('id', '=', offerId)
      .execute();
    await recordOfferEvent(tx, offerId, 'publish_failed', null, { reason });
    return true;
  });
}
