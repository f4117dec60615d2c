// The offer's history (SPEC §7 "who did what, when"): one row per state change, written in
// the same transaction as the change it records.
import type { Database, Kysely, OfferEventTable } from '@offerdesk/db';
import type { Insertable } from 'kysely';

export type OfferEventKind =
  | 'created'
  | 'cloned'
  | 'updated'
  | 'document_added'
  | 'document_removed'
  | 'documents_reordered'
  | 'extended'
  | 'published'
  | 'publish_failed'
  | 'reopened'
  | 'accepted'
  | 'cancelled'
  | 'expiration_updated';

/** A seller's user acting for its account; null for Offerdesk itself (the publish job). */
export type OfferActor = { userId: string; accountId: string } | null;

export async function recordOfferEvent(
  db: Kysely<Database>,
  offerId: string,
  kind: OfferEventKind,
  actor: OfferActor,
  detail: Record<string, unknown> = {},
): Promise<void> {
  await db
    .insertInto('offer_events')
    .values(offerEventRow(offerId, kind, actor, detail))
    .execute();
}

/** The event's row, for a caller that writes it in a statement of its own. */
export function offerEventRow(
  offerId: string,
  kind: OfferEventKind,
  actor: OfferActor,
  detail: Record<string, unknown> = {},
): Insertable<OfferEventTable> {
  return {
    offer_id: offerId,
    kind,
    actor_user_id: actor?.userId ?? null,
    actor_account_id: actor?.accountId ?? null,
    detail: JSON.stringify(detail),
  };
}
