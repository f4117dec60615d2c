// The two pages the offersList entry loads, prepared on the seeded database before the
// server starts: the first page of the big reseller's Manage offers (newest first, 25 rows,
// as the SPA asks) and the page 50,000 rows deep, reached by a keyset cursor computed in SQL
// in the product's cursor format, checked against the row it must start at.
import type { DbHandle } from '@offerdesk/db';
import { type CapturedStatement, captureListSql, type ListPageInput } from './product-sql';

export const PAGE_SIZE = 25;
export const DEEP_ROWS = 50_000;

export type ListPage = { input: ListPageInput; statements: CapturedStatement[] };
export type OffersListPlan = { accountId: string; first: ListPage; deep: ListPage };

type KeysetRow = { id: string; key: string };

async function rowAt(handle: DbHandle, accountId: string, offset: number): Promise<KeysetRow> {
  const { rows } = await handle.executeSql(
    `SELECT id, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS key
     FROM offers WHERE reseller_account_id = $1
     ORDER BY created_at DESC, id DESC OFFSET $2 LIMIT 1`,
    [accountId, offset],
  );
  const row = rows[0] as KeysetRow | undefined;
  if (!row) throw new Error(`the reseller has no row ${offset}`);
  return row;
}

async function page(handle: DbHandle, accountId: string, input: ListPageInput) {
  const { statements, itemIds } = await captureListSql(handle, accountId, input);
  if (itemIds.length !== PAGE_SIZE) throw new Error(`a page of ${itemIds.length} offers`);
  return { page: { input, statements }, firstId: itemIds[0] };
}

export async function planOffersList(handle: DbHandle, accountId: string): Promise<OffersListPlan> {
  const base = { limit: PAGE_SIZE, sort: 'created', direction: 'desc' } as const;
  const last = await rowAt(handle, accountId, DEEP_ROWS - 1);
  const cursor = Buffer.from(JSON.stringify(['created', 'desc', last.key, last.id])).toString(
    'base64url',
  );
  const first = await page(handle, accountId, base);
  const deep = await page(handle, accountId, { ...base, cursor });
  const expected = await rowAt(handle, accountId, DEEP_ROWS);
  if (deep.firstId !== expected.id) {
    throw new Error(`the deep page starts at ${deep.firstId}, not at row ${DEEP_ROWS + 1}`);
  }
  return { accountId, first: first.page, deep: deep.page };
}
