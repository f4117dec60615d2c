// Clone (SPEC §5): a new draft from any of the reseller's offers, with the same
// authorization, buyers, pricing, quantities and documents (the same stored files, by
// SHA-256). The expiration date is left to choose again: the old one may have passed. When
// the authorization can no longer be used the draft is still made, says why, and extend
// refuses it.
import { newOfferId, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Clock } from '../clock';
import { assertSellerRegistered } from '../sellers/registration';
import { authorizationUnusableReason } from './authorization-use';
import type { SellerActor } from './create-draft';
import { findOwnedOffer } from './offer-access';
import { recordOfferEvent } from './offer-events';

export async function cloneOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  sourceId: string,
): Promise<{ offerId: string; clonedFrom: string; authorizationWarning: string | null }> {
  const source = await findOwnedOffer(db, actor.accountId, sourceId);
  await assertSellerRegistered(db, actor.accountId);
  const offerId = newOfferId();
  const warning = await db.transaction().execute(async (tx) => {
    const authorization = await tx
      .selectFrom('resale_authorizations')
      .selectAll()
      .where('id', '=', source.authorization_id)
      .executeTakeFirstOrThrow();
    await tx
      .insertInto('offers')
      .values({
        id: offerId,
        reseller_account_id: actor.accountId,
        isv_account_id: source.isv_account_id,
        authorization_id: source.authorization_id,
        product_id: source.product_id,
        name: source.name,
        status: 'DRAFT',
        pricing_mode: source.pricing_mode,
        markup_ppm: source.markup_ppm,
        expiration_date: null,
        combined_pdf_sha256: null,
        failure_reason: null,
        isv_total_cents: null,
        buyer_total_cents: null,
        reseller_total_cents: null,
        created_by_user_id: actor.userId,
      })
      .execute();
    // Copied in SQL: the source's rows are the reseller's own and were checked when saved.
    await sql`INSERT INTO offer_buyers (offer_id, buyer_account_id, position)
      SELECT ${offerId}::text, buyer_account_id, position FROM offer_buyers WHERE offer_id = ${sourceId}`.execute(
      tx,
    );
    await sql`INSERT INTO offer_dimensions (offer_id, key, position, quantity)
      SELECT ${offerId}::text, key, position, quantity FROM offer_dimensions WHERE offer_id = ${sourceId}`.execute(
      tx,
    );
    await sql`INSERT INTO offer_installments (offer_id, position, buyer_cents)
      SELECT ${offerId}::text, position, buyer_cents FROM offer_installments WHERE offer_id = ${sourceId}`.execute(
      tx,
    );
    await sql`INSERT INTO offer_documents (offer_id, position, file_name, document_sha256)
      SELECT ${offerId}::text, position, file_name, document_sha256 FROM offer_documents
      WHERE offer_id = ${sourceId}`.execute(tx);
    await recordOfferEvent(tx, offerId, 'cloned', actor, { clonedFrom: sourceId });
    return authorizationUnusableReason(authorization, offerId, todayUtc(clock.now()));
  });
  return { offerId, clonedFrom: sourceId, authorizationWarning: warning };
}
