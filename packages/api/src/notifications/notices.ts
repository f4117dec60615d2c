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
import { priceTerms, pricingTermsOf, pricingTermsSelect } from '../offers/offer-terms';
import type { Notice } from './enqueue-notifications';
import {
  buyersWithoutAgreement,
  buyersWithoutAgreementOf,
  loadOfferForNotice,
  loadOffersForNotice,
  type OfferForNotice,
} from './recipients';

export type NotificationEvent =
  | { kind: 'offer.published'; offerId: string }
  | { kind: 'offer.accepted'; agreementId: string }
  | { kind: 'offer.cancelled'; offerId: string }
  | { kind: 'offer.expiring'; offerId: string };

export type Built = { offerId: string; notices: Notice[] };

/** The buyer's price of each offer as published (its total and, for FPS, each installment). */
async function buyerAmountsOf(
  db: Kysely<Database>,
  offers: OfferForNotice[],
): Promise<Map<string, Amounts>> {
  if (offers.length === 0) return new Map();
  const rows = await db
    .selectFrom('offers')
    .innerJoin('resale_authorizations', 'resale_authorizations.id', 'offers.authorization_id')
    .select((eb) => [
      'offers.id',
      'offers.pricing_mode',
      'offers.markup_ppm',
      'resale_authorizations.pricing_kind',
      'resale_authorizations.discount_ppm',
      pricingTermsSelect(eb),
    ])
    .where(
      'offers.id',
      'in',
      offers.map((offer) => offer.offerId),
    )
    .execute();
  const priced = new Map(
    rows.map((row) => {
      const pricing = priceTerms({
        offer: row,
        authorization: row,
        ...pricingTermsOf(row.pricing_terms),
      });
      const amounts: Amounts = {
        totalCents: pricing.totals.buyerCents,
        installments: pricing.installments.map((i) => ({
          invoiceDate: i.invoiceDate,
          cents: i.buyerCents,
        })),
      };
      return [row.id, amounts];
    }),
  );
  return new Map(
    offers.map((offer) => [offer.offerId, priced.get(offer.offerId) ?? storedAmounts(offer)]),
  );
}

/** The buyer's price of the offer as published. */
async function buyerAmounts(db: Kysely<Database>, offer: OfferForNotice): Promise<Amounts> {
  return (await buyerAmountsOf(db, [offer])).get(offer.offerId) ?? storedAmounts(offer);
}

/** The offer's stored buyer total, for an offer whose terms are gone. */
function storedAmounts(offer: OfferForNotice): Amounts {
  return { totalCents: offer.buyerTotalCents ?? 0, installments: [] };
}

/**
 * A notice's dedupe key: one row per event, offer, recipient account and audience; a
 * reminder's `extra` is its expiration date, so a new date re-arms it.
 */
function noticeKey(
  kind: NotificationEvent['kind'],
  offerId: string,
  audience: string,
  accountId: string,
  extra = '',
) {
  return `${kind}:${offerId}${extra}:${accountId}:${audience}`;
}

/**
 * The expiry reminders of these offers (SPEC §10), read in three statements however many
 * offers there are: the tick reminds a backlog a hundred offers a minute, and read one by
 * one, each offer cost about twelve statements. An offer with no buyer left to remind, or no
 * date, gets no notices.
 */
export async function expiringNotices(
  db: Kysely<Database>,
  offerIds: string[],
  publicUrl: string,
): Promise<Built[]> {
  const offers = [...(await loadOffersForNotice(db, offerIds)).values()];
  const pendingByOffer = await buyersWithoutAgreementOf(db, offers);
  const pendingOf = (offer: OfferForNotice) => pendingByOffer.get(offer.offerId) ?? [];
  const reminds = (offer: OfferForNotice) =>
    offer.expirationDate !== null && pendingOf(offer).length > 0;
  // Priced only when reminded: the price is in the buyers' mail.
  const amountsByOffer = await buyerAmountsOf(db, offers.filter(reminds));
  return offers.map((offer) => {
    const pending = pendingOf(offer);
    if (!reminds(offer)) return { offerId: offer.offerId, notices: [] };
    const amounts = amountsByOffer.get(offer.offerId) ?? storedAmounts(offer);
    // The key carries the expiration date: a new date re-arms the reminder.
    const dated = `:${offer.expirationDate}`;
    const buyerUrl = offerUrls.buyer(publicUrl, offer.offerId);
    const notices: Notice[] = pending.map((buyer) => ({
      accountId: buyer,
      audience: 'BUYER',
      email: true,
      dedupeKey: noticeKey('offer.expiring', offer.offerId, 'buyer', buyer, dated),
      message: buyerTemplates.expiring(offer, amounts, buyerUrl),
    }));
    notices.push({
      accountId: offer.resellerAccountId,
      audience: 'RESELLER',
      email: false,
      dedupeKey: noticeKey(
        'offer.expiring',
        offer.offerId,
        'reseller',
        offer.resellerAccountId,
        dated,
      ),
      message: resellerTemplates.expiring(
        offer,
        pending.length,
        offerUrls.reseller(publicUrl, offer.offerId),
      ),
    });
    return { offerId: offer.offerId, notices };
  });
}

export async function noticesFor(
  db: Kysely<Database>,
  event: NotificationEvent,
  publicUrl: string,
): Promise<Built | null> {
  if (event.kind === 'offer.accepted') return acceptedNotices(db, event, publicUrl);
  if (event.kind === 'offer.expiring') {
    return (await expiringNotices(db, [event.offerId], publicUrl))[0] ?? null;
  }
  const offer = await loadOfferForNotice(db, event.offerId);
  if (!offer) return null;
  const buyerUrl = offerUrls.buyer(publicUrl, offer.offerId);
  const sellerUrl = offerUrls.reseller(publicUrl, offer.offerId);
  const key = (audience: string, accountId: string) =>
    noticeKey(event.kind, offer.offerId, audience, accountId);
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
