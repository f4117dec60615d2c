// Manage offers (SPEC §7): keyset pages over the reseller's offers, newest first by default
// or by expiry, filtered by status (EXPIRED computed in SQL against the clock, like core's
// offerDisplayStatus) and searched by offer ID, name or buyer ID. Pages walk an index
// (offers_reseller_created / _status_created / _expiration), never OFFSET, so page 400 of
// 100,000 offers costs what page 1 does.
import { OFFER_ID_PATTERN, offerDisplayStatus } from '@offerdesk/core';
import { compiledOnce, type Database, type Kysely, PREPARED } from '@offerdesk/db';
import { type ExpressionBuilder, sql } from 'kysely';
import { type Clock, momentKey } from '../clock';
import { isoInstantText, isoInstantTextOrNull } from '../db-time';
import { AppError } from '../errors';
import { containsPattern, keysetAt } from '../pagination/keyset';
import type { ListOffersInput } from './offer-inputs';

type Sort = ListOffersInput['sort'];
type Direction = ListOffersInput['direction'];
type Cursor = { key: string; id: string };

const KEY_PATTERNS: Record<Sort, RegExp> = {
  created: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/,
  expiration: /^\d{4}-\d{2}-\d{2}$/,
};
const staleCursor = () =>
  AppError.field(['cursor'], 'This page link is out of date; reload the list');

function encodeCursor(sort: Sort, direction: Direction, cursor: Cursor): string {
  return Buffer.from(JSON.stringify([sort, direction, cursor.key, cursor.id])).toString(
    'base64url',
  );
}

function decodeCursor(
  value: string | null | undefined,
  sort: Sort,
  direction: Direction,
): Cursor | null {
  if (!value) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
  } catch {
    throw staleCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) throw staleCursor();
  const [s, d, key, id] = parsed as unknown[];
  if (s !== sort || d !== direction) throw staleCursor();
  if (typeof key !== 'string' || !KEY_PATTERNS[sort].test(key)) throw staleCursor();
  if (typeof id !== 'string' || !OFFER_ID_PATTERN.test(id)) throw staleCursor();
  return { key, id };
}

/**
 * The offer's buyer accounts in the reseller's order, comma-separated (null when none; an
 * account ID is 12 digits). Not a text[]: pg's parser builds each element of an array a
 * character at a time, about a tenth of all a Manage offers page allocated (issue 9).
 */
const buyerIdsInOrder = sql<string | null>`string_agg(
  offer_buyers.buyer_account_id, ',' ORDER BY offer_buyers.position)`;

/** Drafts without a date sort after every dated offer (the index's expression). */
const expirationKey = sql<string>`COALESCE(offers.expiration_date, DATE '9999-12-31')`;

function searchFilter(search: string) {
  // A pasted offer ID is the common case: one primary-key lookup.
  if (OFFER_ID_PATTERN.test(search.toLowerCase())) {
    return (eb: ExpressionBuilder<Database, 'offers'>) =>
      eb('offers.id', '=', search.toLowerCase());
  }
  const prefix = `${search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return (eb: ExpressionBuilder<Database, 'offers'>) =>
    eb.or([
      eb('offers.name', 'ilike', containsPattern(search)),
      eb('offers.id', 'like', prefix),
      ...(/^\d{1,12}$/.test(search)
        ? [
            eb.exists(
              eb
                .selectFrom('offer_buyers')
                .select('offer_buyers.offer_id')
                .whereRef('offer_buyers.offer_id', '=', 'offers.id')
                .where('offer_buyers.buyer_account_id', 'like', prefix),
            ),
          ]
        : []),
    ]);
}

type PageValues = { accountId: string; rows: number; cursorKey?: string; cursorId?: string };
type PageShape = Pick<ListOffersInput, 'sort' | 'direction' | 'status' | 'search'> & {
  /** A page after the first (values carry the cursor). */
  after: boolean;
  clock: Clock;
};

function pageQuery(db: Kysely<Database>, values: PageValues, shape: PageShape) {
  const { sort, direction, status, search, after, clock } = shape;
  const today = sql<string>`(${clock.sqlNow()} AT TIME ZONE 'UTC')::date`;
  const sortKey = sort === 'created' ? sql.ref('offers.created_at') : expirationKey;
  let query = db
    .selectFrom('offers')
    .innerJoin('resale_authorizations', 'resale_authorizations.id', 'offers.authorization_id')
    .select([
      'offers.id',
      'offers.name',
      'offers.status',
      'offers.product_id',
      'offers.expiration_date',
      'offers.authorization_id',
      'resale_authorizations.product_name',
      isoInstantText('offers.created_at').as('created_at'),
      isoInstantTextOrNull('offers.published_at').as('published_at'),
      keysetAt('offers.created_at').as('created_key'),
      sql<string>`${expirationKey}::text`.as('expiration_key'),
      // In the page's own statement: PostgreSQL evaluates these for the rows the LIMIT keeps,
      // and a page costs one round trip instead of three.
      (eb) =>
        eb
          .selectFrom('offer_buyers')
          .select(buyerIdsInOrder.as('ids'))
          .whereRef('offer_buyers.offer_id', '=', 'offers.id')
          .as('buyer_account_ids'),
      (eb) =>
        eb
          .selectFrom('agreements')
          .select((e) => e.fn.countAll<number>().as('count'))
          .whereRef('agreements.offer_id', '=', 'offers.id')
          .as('accepted_count'),
    ])
    .where('offers.reseller_account_id', '=', values.accountId);
  if (status === 'EXPIRED' || status === 'PUBLISHED') {
    query = query
      .where('offers.status', '=', 'PUBLISHED')
      .where('offers.expiration_date', status === 'EXPIRED' ? '<' : '>=', today);
  } else if (status) {
    query = query.where('offers.status', '=', status);
  }
  if (search) query = query.where(searchFilter(search));
  if (after) {
    const cursorKey =
      sort === 'created' ? sql`${values.cursorKey}::timestamptz` : sql`${values.cursorKey}::date`;
    const comparison = direction === 'desc' ? sql.raw('<') : sql.raw('>');
    query = query.where(
      sql<boolean>`(${sortKey}, offers.id) ${comparison} (${cursorKey}, ${values.cursorId})`,
    );
  }
  return query.orderBy(sortKey, direction).orderBy('offers.id', direction).limit(values.rows);
}

/**
 * A page without a search, built once per shape (sort, direction, status, with or without a
 * cursor, the clock's moment) and planned once per connection: the page walks an index for
 * any reseller. A search is built and planned every time, since a pattern's best plan
 * depends on the pattern.
 */
const unsearchedPage = compiledOnce(
  (db, values: PageValues, shape: PageShape) => pageQuery(db, values, shape).modifyFront(PREPARED),
  (db, { sort, direction, status, after, clock }) =>
    `${sort}:${direction}:${status ?? ''}:${after}:${momentKey(db, clock)}`,
);

export async function listSellerOffers(
  db: Kysely<Database>,
  clock: Clock,
  accountId: string,
  input: ListOffersInput,
) {
  const { sort, direction, limit } = input;
  const cursor = decodeCursor(input.cursor, sort, direction);
  const values: PageValues = {
    accountId,
    rows: limit + 1,
    ...(cursor ? { cursorKey: cursor.key, cursorId: cursor.id } : {}),
  };
  const shape: PageShape = {
    sort,
    direction,
    status: input.status,
    search: input.search,
    after: cursor !== null,
    clock,
  };
  const rows = input.search
    ? await pageQuery(db, values, shape).execute()
    : await unsearchedPage(db, values, shape);
  const page = rows.slice(0, limit);
  const now = clock.now();
  const last = page.at(-1);
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      status: offerDisplayStatus({ status: row.status, expirationDate: row.expiration_date }, now),
      product: { id: row.product_id, name: row.product_name },
      authorizationId: row.authorization_id,
      buyerAccountIds: row.buyer_account_ids ? row.buyer_account_ids.split(',') : [],
      createdAt: row.created_at,
      publishedAt: row.published_at,
      expirationDate: row.expiration_date,
      acceptedCount: Number(row.accepted_count ?? 0),
    })),
    nextCursor:
      rows.length > limit && last
        ? encodeCursor(sort, direction, {
            key: sort === 'created' ? last.created_key : last.expiration_key,
            id: last.id,
          })
        : null,
  };
}
