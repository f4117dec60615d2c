// Saving a draft as the reseller goes through the wizard: each field given is checked (a
// draft may still be incomplete) and stored; extend checks the whole offer again.
import { type Issue, pricingMessages, todayUtc } from '@offerdesk/core';
import type { Database, Kysely, OfferUpdate, Transaction } from '@offerdesk/db';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { SellerActor } from './create-draft';
import { lockOwnedOffer, requireStatus } from './offer-access';
import { recordOfferEvent } from './offer-events';
import type { UpdateOfferInput } from './offer-inputs';
import { offerFieldMessages, offerStateMessages } from './offer-messages';
import { buyerAccountIssues, expirationIssues } from './offer-rules';

type Authorization = {
  id: string;
  pricing_kind: string;
  ends_on: string | null;
  buyer_account_ids: string[];
};
type AuthDimension = { key: string; position: number; fixed_quantity: number | null };
type ScheduleRow = { invoice_date: string; isv_cents: number };

function dimensionIssues(input: UpdateOfferInput, dimensions: AuthDimension[]): Issue[] {
  const issues: Issue[] = [];
  const byKey = new Map(dimensions.map((d) => [d.key, d]));
  const seen = new Set<string>();
  (input.dimensions ?? []).forEach(({ key, quantity }, index) => {
    const dimension = byKey.get(key);
    if (!dimension) {
      issues.push({
        path: ['dimensions', index, 'key'],
        message: offerFieldMessages.unknownDimension(key),
      });
    } else if (seen.has(key)) {
      issues.push({
        path: ['dimensions', index, 'key'],
        message: offerFieldMessages.duplicateDimension(key),
      });
    } else if (dimension.fixed_quantity !== null && dimension.fixed_quantity !== quantity) {
      const message = offerFieldMessages.fixedQuantity(dimension.fixed_quantity);
      issues.push({ path: ['dimensions', index, 'quantity'], message });
    }
    seen.add(key);
  });
  return issues;
}

function pricingIssues(
  pricing: NonNullable<UpdateOfferInput['pricing']>,
  authorization: Authorization,
  schedule: ScheduleRow[],
): Issue[] {
  if (pricing.mode !== 'FIXED_PRICE') return [];
  if (authorization.pricing_kind !== 'schedule') {
    return [{ path: ['pricing', 'mode'], message: pricingMessages.fixedPriceNeedsSchedule }];
  }
  if (pricing.buyerCents.length !== schedule.length) {
    const message = pricingMessages.buyerAmountCount(schedule.length);
    return [{ path: ['pricing', 'buyerCents'], message }];
  }
  return pricing.buyerCents.flatMap((cents, index) => {
    const isvCents = schedule[index]?.isv_cents ?? 0;
    return cents < isvCents
      ? [
          {
            path: ['pricing', 'buyerCents', index],
            message: pricingMessages.buyerBelowIsv(isvCents),
          },
        ]
      : [];
  });
}

async function storePricing(
  tx: Transaction<Database>,
  offerId: string,
  pricing: NonNullable<UpdateOfferInput['pricing']>,
  changes: OfferUpdate,
): Promise<void> {
  await tx.deleteFrom('offer_installments').where('offer_id', '=', offerId).execute();
  changes.pricing_mode = pricing.mode;
  if (pricing.mode === 'MARKUP') {
    changes.markup_ppm = pricing.markupPpm;
    return;
  }
  changes.markup_ppm = null;
  if (pricing.buyerCents.length === 0) return;
  await tx
    .insertInto('offer_installments')
    .values(
      pricing.buyerCents.map((cents, position) => ({
        offer_id: offerId,
        position,
        buyer_cents: cents,
      })),
    )
    .execute();
}

export async function updateDraftOffer(
  db: Kysely<Database>,
  clock: Clock,
  actor: SellerActor,
  input: UpdateOfferInput,
): Promise<void> {
  await db.transaction().execute(async (tx) => {
    const offer = await lockOwnedOffer(tx, actor.accountId, input.offerId);
    requireStatus(offer, ['DRAFT'], offerStateMessages.draftOnly, clock);
    const authorization = await tx
      .selectFrom('resale_authorizations')
      .select(['id', 'pricing_kind', 'ends_on', 'buyer_account_ids'])
      .where('id', '=', offer.authorization_id)
      .executeTakeFirstOrThrow();
    const [dimensions, schedule] = await Promise.all([
      tx
        .selectFrom('authorization_dimensions')
        .select(['key', 'position', 'fixed_quantity'])
        .where('authorization_id', '=', authorization.id)
        .execute(),
      tx
        .selectFrom('authorization_installments')
        .select(['invoice_date', 'isv_cents'])
        .where('authorization_id', '=', authorization.id)
        .orderBy('position')
        .execute(),
    ]);
    const issues: Issue[] = [];
    if (input.buyerAccountIds !== undefined) {
      const rules = {
        sellerAccountId: actor.accountId,
        allowedBuyerIds: authorization.buyer_account_ids,
      };
      issues.push(
        ...(await buyerAccountIssues(tx, input.buyerAccountIds, rules, { required: false })),
      );
    }
    issues.push(...dimensionIssues(input, dimensions));
    if (input.pricing) issues.push(...pricingIssues(input.pricing, authorization, schedule));
    if (input.expirationDate) {
      const rules = {
        today: todayUtc(clock.now()),
        authorizationEndsOn: authorization.ends_on,
        scheduleDates: schedule.map((s) => s.invoice_date),
      };
      issues.push(...expirationIssues(input.expirationDate, rules));
    }
    if (issues.length > 0) throw AppError.invalid(issues);

    const changes: OfferUpdate = {};
    const fields: string[] = [];
    if (input.name !== undefined) {
      changes.name = input.name;
      fields.push('name');
    }
    if (input.expirationDate !== undefined) {
      changes.expiration_date = input.expirationDate;
      fields.push('expirationDate');
    }
    if (input.pricing) {
      await storePricing(tx, offer.id, input.pricing, changes);
      fields.push('pricing');
    }
    if (input.buyerAccountIds !== undefined) {
      await tx.deleteFrom('offer_buyers').where('offer_id', '=', offer.id).execute();
      if (input.buyerAccountIds.length > 0) {
        const rows = input.buyerAccountIds.map((id, position) => ({
          offer_id: offer.id,
          buyer_account_id: id,
          position,
        }));
        await tx.insertInto('offer_buyers').values(rows).execute();
      }
      fields.push('buyerAccountIds');
    }
    if (input.dimensions && input.dimensions.length > 0) {
      const position = new Map(dimensions.map((d) => [d.key, d.position]));
      const rows = input.dimensions.map((d) => ({
        offer_id: offer.id,
        key: d.key,
        position: position.get(d.key) ?? 0,
        quantity: d.quantity,
      }));
      await tx
        .insertInto('offer_dimensions')
        .values(rows)
        .onConflict((oc) =>
          oc
            .columns(['offer_id', 'key'])
            .doUpdateSet((eb) => ({ quantity: eb.ref('excluded.quantity') })),
        )
        .execute();
      fields.push('dimensions');
    }
    await tx
      .updateTable('offers')
      .set({ ...changes, updated_at: clock.sqlNow() })
      .where('id', '=', offer.id)
      .execute();
    if (fields.length > 0) await recordOfferEvent(tx, offer.id, 'updated', actor, { fields });
  });
}
