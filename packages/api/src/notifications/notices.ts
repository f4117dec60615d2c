// Who hears of an event and what each audience is told (SPEC §10): published → each targeted
// buyer (mail + in-app) and the reseller (in-app); accepted → reseller and ISV (mail + in-app);
// cancelled → targeted buyers that have not accepted (their agreements stand, so a
// "cancelled" mail would only alarm them) and the reseller (in-app); expiring in 3 days →
// targeted buyers that have not accepted and, when there are any, the reseller (in-app).
import type { Agreement, Database, Kysely } from '@offerdesk/db';
import {
  type Amounts,
  buyerTemplates,
  isvTemplates,
  offerUrls,
  resellerTemplates,
} from '../mail/templates';
import { loadOfferTerms, priceTerms } from '../offers/offer-terms';
import type { Notice } from './enqueue-notifications';
import { buyersWithoutAgreement, loadOfferForNotice, type OfferForNotice } from './recipients';

export type NotificationEvent =
  | { kind: 'offer.published'; offerId: string }
  | { kind: 'offer.accepted'; agreementId: string }
  | { kind: 'offer.cancelled'; offerId: string }
  | { kind: 'offer.expiring'; offerId: string };

export type Built = { offerId: string; notices: Notice[] };

/** The buyer's price of the offer as published: its total and, for FPS, each installment. */
async function buyerAmounts(db: Kysely<Database>, offer: OfferForNotice): Promise<Amounts> {
  const terms = await loadOfferTerms(db, offer.offerId);
  if (!terms) return { totalCents: offer.buyerTotalCents ?? 0, installments: [] };
  const pricing = priceTerms(terms);
  return {
    totalCents: pricing.totals.buyerCents,
    installments: pricing.installments.map((i) => ({
      invoiceDate: i.invoiceDate,
      cents: i.buyerCents,
    })),
  };
}

export async function noticesFor(
  db: Kysely<Database>,
  event: NotificationEvent,
  publicUrl: string,
): Promise<Built | null> {
  if (event.kind === 'offer.accepted') return acceptedNotices(db, event, publicUrl);
  const offer = await loadOfferForNotice(db, event.offerId);
  if (!offer) return null;
  const buyerUrl = offerUrls.buyer(publicUrl, offer.offerId);
  const sellerUrl = offerUrls.reseller(publicUrl, offer.offerId);
  const key = (audience: string, accountId: string, extra = '') =>
    `${event.kind}:${offer.offerId}${extra}:${accountId}:${audience}`;
  const notices: Notice[] = [];

  if (event.kind === 'offer.published') {
    const amounts = await buyerAmounts(db, offer);
    for (const buyer of offer.buyerAccountIds) {
      notices.push({
        accountId: buyer,
        audience: 'BUYER',
        email: true,
        dedupeKey: key('buyer', buyer),
        message: buyerTemplates.published(offer, amounts, buyerUrl),
      });
    }
    notices.push({
      accountId: offer.resellerAccountId,
      audience: 'RESELLER',
      email: false,
      dedupeKey: key('reseller', offer.resellerAccountId),
      message: resellerTemplates.published(offer, offer.buyerAccountIds.length, sellerUrl),
    });
  } else if (event.kind === 'offer.cancelled') {
    for (const buyer of await buyersWithoutAgreement(db, offer)) {
      notices.push({
        accountId: buyer,
        audience: 'BUYER',
        email: true,
        dedupeKey: key('buyer', buyer),
        message: buyerTemplates.cancelled(offer, buyerUrl),
      });
    }
    notices.push({
      accountId: offer.resellerAccountId,
      audience: 'RESELLER',
      email: false,
      dedupeKey: key('reseller', offer.resellerAccountId),
      message: resellerTemplates.cancelled(offer, sellerUrl),
    });
  } else {
    // The key carries the expiration date: a new date re-arms the reminder.
    const pending = await buyersWithoutAgreement(db, offer);
    if (pending.length === 0 || !offer.expirationDate) return { offerId: offer.offerId, notices };
    const dated = `:${offer.expirationDate}`;
    const amounts = await buyerAmounts(db, offer);
    for (const buyer of pending) {
      notices.push({
        accountId: buyer,
        audience: 'BUYER',
        email: true,
        dedupeKey: key('buyer', buyer, dated),
        message: buyerTemplates.expiring(offer, amounts, buyerUrl),
      });
    }
    notices.push({
      accountId: offer.resellerAccountId,
      audience: 'RESELLER',
      email: false,
      dedupeKey: key('reseller', offer.resellerAccountId, dated),
      message: resellerTemplates.expiring(offer, pending.length, sellerUrl),
    });
  }
  return { offerId: offer.offerId, notices };
}

async function acceptedNotices(
  db: Kysely<Database>,
  event: Extract<NotificationEvent, { kind: 'offer.accepted' }>,
  publicUrl: string,
): Promise<Built | null> {
  const agreement = await db
    .selectFrom('agreements')
    .selectAll()
    .where('id', '=', event.agreementId)
    .executeTakeFirst();
  if (!agreement) return null;
  const offer = await loadOfferForNotice(db, agreement.offer_id);
  return acceptanceNotices(agreement, offer?.expirationDate ?? null, publicUrl);
}

/**
 * The sellers' notices of an agreement, from the agreement alone: acceptance builds them
 * from the row it is inserting, in the statement that inserts it.
 */
export function acceptanceNotices(
  agreement: Agreement,
  expirationDate: string | null,
  publicUrl: string,
): Built {
  const { terms } = agreement;
  // The agreement's frozen terms, not the offer: what was accepted is what is announced.
  const facts = {
    offerId: agreement.offer_id,
    offerName: agreement.offer_name,
    productName: terms.productName,
    resellerName: terms.resellerName,
    isvName: terms.isvName,
    expirationDate,
  };
  const acceptance = {
    agreementId: agreement.id,
    buyerAccountId: agreement.buyer_account_id,
    acceptedAt: new Date(agreement.accepted_at),
  };
  const side = (pick: 'buyerCents' | 'isvCents', total: number): Amounts => ({
    totalCents: total,
    installments: terms.installments.map((i) => ({ invoiceDate: i.invoiceDate, cents: i[pick] })),
  });
  const key = (audience: string, accountId: string) =>
    `offer.accepted:${agreement.id}:${accountId}:${audience}`;
  return {
    offerId: agreement.offer_id,
    notices: [
      {
        accountId: agreement.reseller_account_id,
        audience: 'RESELLER',
        email: true,
        dedupeKey: key('reseller', agreement.reseller_account_id),
        message: resellerTemplates.accepted(
          facts,
          acceptance,
          {
            buyer: side('buyerCents', agreement.buyer_total_cents),
            isv: side('isvCents', agreement.isv_total_cents),
            resellerCents: agreement.reseller_total_cents,
          },
          offerUrls.reseller(publicUrl, agreement.offer_id),
        ),
      },
      {
        accountId: agreement.isv_account_id,
        audience: 'ISV',
        email: true,
        dedupeKey: key('isv', agreement.isv_account_id),
        message: isvTemplates.accepted(
          facts,
          acceptance,
          side('isvCents', agreement.isv_total_cents),
          offerUrls.isvAgreement(publicUrl, agreement.id),
        ),
      },
    ],
  };
}
