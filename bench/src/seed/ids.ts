// How the seed names what it makes, in SQL (for the set-based inserts) and in TypeScript (for
// the load generator), from one per-run nonce. Offer and agreement IDs are md5-derived so
// they are spread over the keyspace like the product's random ones, not in insert order.
import { createHash } from 'node:crypto';

export const SEED_SIZES = {
  /** The big reseller's offers (SPEC §7: Manage offers fast at 100,000). */
  bigResellerOffers: 100_000,
  smallResellers: 100,
  offersPerSmallReseller: 1_000,
  /** One per small-reseller offer: each is targeted to a buyer account of its own. */
  buyers: 100_000,
  agreements: 10_000,
} as const;

export const TOTAL_OFFERS =
  SEED_SIZES.bigResellerOffers + SEED_SIZES.smallResellers * SEED_SIZES.offersPerSmallReseller;

export const ISV_ACCOUNT = '100000000001';

/** Reseller 0 is the big one; 1…100 hold 1,000 offers each. */
export const resellerAccount = (r: number) => `2${String(r).padStart(11, '0')}`;
export const buyerAccount = (b: number) => `3${String(b).padStart(11, '0')}`;

/** The same accounts in SQL, from an integer expression. */
export const resellerAccountSql = (r: string) => `'2' || lpad((${r})::text, 11, '0')`;
export const buyerAccountSql = (b: string) => `'3' || lpad((${b})::text, 11, '0')`;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** Offer n (0 … TOTAL_OFFERS − 1); `$1` in the SQL form is the nonce. */
export const offerId = (nonce: string, n: number) => `offer-${md5(`${nonce}:o:${n}`).slice(0, 13)}`;
export const offerIdSql = (n: string) => `'offer-' || substr(md5($1 || ':o:' || (${n})), 1, 13)`;
export const agreementIdSql = (n: string) => `'agmt-' || substr(md5($1 || ':g:' || (${n})), 1, 13)`;
export const authorizationIdSql = (r: string) =>
  `'resaleauthz-' || substr(md5($1 || ':a:' || (${r})), 1, 13)`;
export const authorizationId = (nonce: string, r: number) =>
  `resaleauthz-${md5(`${nonce}:a:${r}`).slice(0, 13)}`;

/** A seeded user's session: the cookie token and CSRF token, keyed by its account. */
export type SeededSession = { accountId: string; token: string; csrf: string };

export function sessionOf(nonce: string, accountId: string): SeededSession {
  return { accountId, token: `${nonce}s${accountId}`, csrf: `${nonce}c${accountId}` };
}

/** The same tokens in SQL, from the users row `u` (`$1` is the nonce). */
export const sessionTokenSql = `$1 || 's' || u.account_id`;
export const sessionCsrfSql = `$1 || 'c' || u.account_id`;

/** The Cookie header a browser with this session sends. */
export function cookieHeader(session: SeededSession): string {
  return `offerdesk_session=${session.token}; offerdesk_csrf=${session.csrf}`;
}
