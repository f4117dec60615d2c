// What acceptance reads (SPEC §5), in two statements. First the offer row is locked FOR
// UPDATE, which serializes accept with cancel and with the same buyer's other clicks; only the
// offer row is locked: the authorization, names and users are shared by many offers. Then,
// once the lock is held, one read takes the database's moment of acceptance and whether the
// offer is still acceptable at it, the account's agreement if it has one, and everything the
// new agreement freezes and its sellers' notices need.
//
// The lock is its own statement because a statement's values are computed as it starts: a
// moment read in the statement that waits for the lock would be from before the wait, and an
// accept queued across the expiry instant would pass as unexpired. The moment is sqlNow
// (clock_timestamp(), the instant the read runs), read once so the expiry check and
// accepted_at agree. A cancel that committed during the wait is seen by the read. Another
// click of the same account that commits meanwhile changes no offer row, and under READ
// COMMITTED the read sees its agreement; if one slips past anyway, the UNIQUE (offer, buyer
// account) constraint stops the second insert and acceptOffer answers with the first agreement.
import {
  compiledOnce,
  type Database,
  type Kysely,
  type Offer,
  PREPARED,
  type Transaction,
} from '@offerdesk/db';
import { type Expression, sql } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';
import { type Clock, momentKey } from '../clock';
import { recipientUsers } from '../notifications/recipients';
import { pricingTermsOf, pricingTermsSelect } from '../offers/offer-terms';
import type { TermsToFreeze } from './freeze-terms';
import { expiryInstantSql, visibleToBuyer } from './offer-visibility';
import { type SellerNames, sellerNameSql } from './seller-names';

/** The offer columns acceptance reads: its refusals, the agreement row and the frozen terms. */
const OFFER_COLUMNS = [
  'id',
  'status',
  'name',
  'expiration_date',
  'combined_pdf_sha256',
  'reseller_account_id',
  'isv_account_id',
  'product_id',
  'pricing_mode',
  'markup_ppm',
  'buyer_total_cents',
] as const satisfies readonly (keyof Offer)[];

type OfferColumn = (typeof OFFER_COLUMNS)[number];

export type AcceptanceRead = {
  offer: Pick<Offer, OfferColumn>;
  /** The database's moment of acceptance (the clock's sqlNow). */
  now: Date;
  acceptable: boolean;
  /** This account's agreement on the offer, as the read (after the lock) saw it. */
  agreementId: string | null;
  terms: TermsToFreeze;
  names: SellerNames;
  /** The sellers' users' emails (not removed ones), oldest first. */
  emails: { reseller: string[]; isv: string[] };
};

type Target = { buyerAccountId: string; offerId: string };

/** The lock: the offer row, if this buyer account may see it. */
const lockStatement = compiledOnce((db, { buyerAccountId, offerId }: Target) =>
  db
    .selectFrom('offers')
    .select('offers.id')
    .modifyFront(PREPARED)
    .where('offers.id', '=', offerId)
    .where(visibleToBuyer(buyerAccountId))
    .forUpdate(),
);

/** The read, once the lock is held; kept per moment (the clock's SQL), which it is written with. */
const readStatement = compiledOnce(
  (db, { buyerAccountId, offerId }: Target, clock: Clock) =>
    db
      .selectFrom('offers')
      .innerJoin(
        'resale_authorizations as authorization',
        'authorization.id',
        'offers.authorization_id',
      )
      .innerJoin(db.selectNoFrom(clock.sqlNow().as('now')).as('moment'), (join) => join.onTrue())
      .select(OFFER_COLUMNS.map((column) => `offers.${column}` as const))
      .modifyFront(PREPARED)
      .select((eb) => [
        'moment.now',
        sql<boolean>`moment.now < ${expiryInstantSql()}`.as('acceptable'),
        eb
          .selectFrom('agreements')
          .select('agreements.id')
          .whereRef('agreements.offer_id', '=', 'offers.id')
          .where('agreements.buyer_account_id', '=', buyerAccountId)
          .as('agreement_id'),
        'authorization.product_name',
        'authorization.pricing_kind',
        'authorization.discount_ppm',
        pricingTermsSelect(eb),
        sellerNameSql(eb.ref('offers.reseller_account_id')).as('reseller_name'),
        sellerNameSql(eb.ref('offers.isv_account_id')).as('isv_name'),
        jsonArrayFrom(emailsOf(db, eb.ref('offers.reseller_account_id'))).as('reseller_users'),
        jsonArrayFrom(emailsOf(db, eb.ref('offers.isv_account_id'))).as('isv_users'),
      ])
      .where('offers.id', '=', offerId),
  momentKey,
);

/** Null when the offer does not exist for this buyer account. */
export async function lockOfferForAcceptance(
  tx: Transaction<Database>,
  buyerAccountId: string,
  offerId: string,
  clock: Clock,
): Promise<AcceptanceRead | null> {
  const target = { buyerAccountId, offerId };
  const [locked] = await lockStatement(tx, target);
  if (!locked) return null;
  const [row] = await readStatement(tx, target, clock);
  if (!row) return null;
  const offer = pick(row, OFFER_COLUMNS);
  return {
    offer,
    now: new Date(row.now),
    acceptable: row.acceptable,
    agreementId: row.agreement_id ?? null,
    terms: {
      offer,
      authorization: {
        product_name: row.product_name,
        pricing_kind: row.pricing_kind,
        discount_ppm: row.discount_ppm,
      },
      ...pricingTermsOf(row.pricing_terms),
    },
    names: { resellerName: row.reseller_name ?? '', isvName: row.isv_name ?? '' },
    emails: {
      reseller: row.reseller_users.map((u) => u.email),
      isv: row.isv_users.map((u) => u.email),
    },
  };
}

function emailsOf(db: Kysely<Database>, accountId: Expression<string>) {
  return recipientUsers(db).select('users.email').where('users.account_id', '=', accountId);
}

function pick<T, K extends keyof T>(row: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((key) => [key, row[key]])) as Pick<T, K>;
}
