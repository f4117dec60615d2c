// A new draft from an opportunity (a resale authorization held by the caller). Only the
// registration and the authorization are checked here; the rest is filled in step by step
// with offers.update and checked in full by extend (SPEC §5 "When rules apply").
import { newOfferId, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { assertSellerRegistered } from '../sellers/registration';
import { assertAuthorizationUsable } from './authorization-use';
import { recordOfferEvent } from './offer-events';

export type SellerActor = { userId: string; accountId: string };

export async function createDraftOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: { authorizationId: string },
): Promise<{ offerId: string }> {
  await assertSellerRegistered(db, actor.accountId);
  return db.transaction().execute(async (tx) => {
    const authorization = await tx
      .selectFrom('resale_authorizations')
      .selectAll()
      .where('id', '=', input.authorizationId)
      .where('reseller_account_id', '=', actor.accountId)
      .executeTakeFirst();
    if (!authorization) throw AppError.notFound('This resale authorization');
    assertAuthorizationUsable(authorization, null, todayUtc(clock.now()));
    const offerId = newOfferId();
    await tx
      .insertInto('offers')
      .values({
        id: offerId,
        reseller_account_id: actor.accountId,
        isv_account_id: authorization.isv_account_id,
        authorization_id: authorization.id,
        product_id: authorization.product_id,
        name: null,
        status: 'DRAFT',
        // MARKUP is what most offers use; the reseller still has to enter the percentage.
        pricing_mode: 'MARKUP',
        markup_ppm: null,
        expiration_date: null,
        combined_pdf_sha256: null,
        failure_reason: null,
        isv_total_cents: null,
        buyer_total_cents: null,
        reseller_total_cents: null,
        created_by_user_id: actor.userId,
      })
      .execute();
    // A payment schedule fixes its single dimension's quantity ("fixed units").
    const fixed = await tx
      .selectFrom('authorization_dimensions')
      .select(['key', 'position', 'fixed_quantity'])
      .where('authorization_id', '=', authorization.id)
      .where('fixed_quantity', 'is not', null)
      .execute();
    if (fixed.length > 0) {
      await tx
        .insertInto('offer_dimensions')
        .values(
          fixed.map((d) => ({
            offer_id: offerId,
            key: d.key,
            position: d.position,
            quantity: d.fixed_quantity ?? 1,
          })),
        )
        .execute();
    }
    await recordOfferEvent(tx, offerId, 'created', actor, { authorizationId: authorization.id });
    return { offerId };
  });
}
