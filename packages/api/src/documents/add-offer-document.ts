// Adding an uploaded file to a draft offer (SPEC §4, guide step 6): only the owning reseller,
// only while DRAFT, at most 5 additional documents. The bytes are stored once by SHA-256 and
// the file appended after the others, with a history event, in one transaction under the
// offer's row lock, so two uploads at once cannot both take the 5th place and a refusal
// leaves the offer's documents exactly as they were.
import { documentMessages, MAX_ADDITIONAL_DOCUMENTS, offerDisplayStatus } from '@offerdesk/core';
import type { Database, Kysely, MediaType, Offer } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { lockOwnedOffer } from '../offers/offer-access';
import { recordOfferEvent } from '../offers/offer-events';
import { offerStateMessages } from '../offers/offer-messages';
import { storeDocument, withinTransaction } from './store-document';

export type SellerActor = { userId: string; accountId: string };

export type AddedOfferDocument = {
  id: string;
  position: number;
  fileName: string;
  sha256: string;
  mediaType: MediaType;
  sizeBytes: number;
  pageCount: number | null;
};

/** The checks that need no bytes: run before reading an upload, and again under the lock. */
export function assertCanAddDocument(
  offer: Pick<Offer, 'status' | 'expiration_date'>,
  documentCount: number,
  clock: Clock,
): void {
  if (offer.status !== 'DRAFT') {
    const shown = offerDisplayStatus(
      { status: offer.status, expirationDate: offer.expiration_date },
      clock.now(),
    );
    const message = offerStateMessages.draftOnly(shown);
    throw new AppError('CONFLICT', message, [{ path: ['offerId'], message }]);
  }
  if (documentCount >= MAX_ADDITIONAL_DOCUMENTS) {
    throw new AppError('CONFLICT', documentMessages.tooMany, [
      { path: ['documents'], message: documentMessages.tooMany },
    ]);
  }
}

export async function countOfferDocuments(db: Kysely<Database>, offerId: string): Promise<number> {
  const row = await db
    .selectFrom('offer_documents')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('offer_id', '=', offerId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function addOfferDocument(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: {
    offerId: string;
    fileName: string;
    bytes: Uint8Array;
    sha256: string;
    mediaType: MediaType;
    pageCount: number | null;
  },
): Promise<AddedOfferDocument> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, input.offerId);
    const positions = await tx
      .selectFrom('offer_documents')
      .select('position')
      .where('offer_id', '=', offer.id)
      .execute();
    assertCanAddDocument(offer, positions.length, clock);
    await storeDocument(withinTransaction(tx), input);
    // After the last one (positions are kept 0…n−1: offers.removeDocument closes gaps).
    const position = Math.max(-1, ...positions.map((p) => p.position)) + 1;
    const row = await tx
      .insertInto('offer_documents')
      .values({
        offer_id: offer.id,
        position,
        file_name: input.fileName,
        document_sha256: input.sha256,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    await tx
      .updateTable('offers')
      .set({ updated_at: clock.sqlNow() })
      .where('id', '=', offer.id)
      .execute();
    await recordOfferEvent(tx, offer.id, 'document_added', actor, {
      fileName: input.fileName,
      sha256: input.sha256,
      mediaType: input.mediaType,
      sizeBytes: input.bytes.length,
      position,
    });
    return {
      id: row.id,
      position,
      fileName: input.fileName,
      sha256: input.sha256,
      mediaType: input.mediaType,
      sizeBytes: input.bytes.length,
      pageCount: input.pageCount,
    };
  });
}
