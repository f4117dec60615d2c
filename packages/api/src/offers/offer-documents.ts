// A draft's additional documents (uploads are an HTTP route): remove one, or set their
// order. Positions stay 0…n−1 without gaps, the order the combined PDF follows (SPEC §6).
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { SellerActor } from './create-draft';
import { lockOwnedOffer, requireStatus } from './offer-access';
import { recordOfferEvent } from './offer-events';
import { offerFieldMessages, offerStateMessages } from './offer-messages';

type DocumentRow = { id: string; position: number; file_name: string };

async function listDocuments(db: Kysely<Database>, offerId: string): Promise<DocumentRow[]> {
  return db
    .selectFrom('offer_documents')
    .select(['id', 'position', 'file_name'])
    .where('offer_id', '=', offerId)
    .orderBy('position')
    .execute();
}

/** Sets every position in one statement (the unique index is checked at its end). */
async function storeOrder(db: Kysely<Database>, offerId: string, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows = sql.join(ids.map((id, position) => sql`(${id}::uuid, ${position}::int)`));
  await sql`UPDATE offer_documents AS d SET position = o.position
    FROM (VALUES ${rows}) AS o (id, position)
    WHERE d.id = o.id AND d.offer_id = ${offerId}`.execute(db);
}

export async function removeOfferDocument(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: { offerId: string; documentId: string },
): Promise<{ documents: { id: string; position: number; fileName: string }[] }> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, input.offerId);
    requireStatus(offer, ['DRAFT'], offerStateMessages.draftOnly, clock);
    const removed = await tx
      .deleteFrom('offer_documents')
      .where('id', '=', input.documentId)
      .where('offer_id', '=', offer.id)
      .returning(['file_name'])
      .executeTakeFirst();
    if (!removed)
      throw AppError.field(['documentId'], offerFieldMessages.documentNotFound, 'NOT_FOUND');
    const remaining = await listDocuments(tx, offer.id);
    await storeOrder(
      tx,
      offer.id,
      remaining.map((d) => d.id),
    );
    await tx
      .updateTable('offers')
      .set({ updated_at: clock.sqlNow() })
      .where('id', '=', offer.id)
      .execute();
    await recordOfferEvent(tx, offer.id, 'document_removed', actor, {
      fileName: removed.file_name,
    });
    return {
      documents: remaining.map((d, position) => ({ id: d.id, position, fileName: d.file_name })),
    };
  });
}

export async function reorderOfferDocuments(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: { offerId: string; documentIds: string[] },
): Promise<{ documents: { id: string; position: number; fileName: string }[] }> {
  return db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, input.offerId);
    requireStatus(offer, ['DRAFT'], offerStateMessages.draftOnly, clock);
    const current = await listDocuments(tx, offer.id);
    const known = new Set(current.map((d) => d.id));
    const given = new Set(input.documentIds);
    const sameSet =
      given.size === input.documentIds.length &&
      given.size === known.size &&
      input.documentIds.every((id) => known.has(id));
    if (!sameSet) throw AppError.field(['documentIds'], offerFieldMessages.documentOrder);
    await storeOrder(tx, offer.id, input.documentIds);
    const byId = new Map(current.map((d) => [d.id, d]));
    const changed = input.documentIds.some((id, position) => byId.get(id)?.position !== position);
    if (changed) {
      await tx
        .updateTable('offers')
        .set({ updated_at: clock.sqlNow() })
        .where('id', '=', offer.id)
        .execute();
      await recordOfferEvent(tx, offer.id, 'documents_reordered', actor, {
        fileNames: input.documentIds.map((id) => byId.get(id)?.file_name ?? ''),
      });
    }
    return {
      documents: input.documentIds.map((id, position) => ({
        id,
        position,
        fileName: byId.get(id)?.file_name ?? '',
      })),
    };
  });
}
