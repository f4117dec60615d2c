// Keyset cursors for lists ordered by a calendar date (invoice date, disbursement date) then
// id: the shared pagination module's cursors carry a timestamp, these carry 'YYYY-MM-DD'.
// The input fields and the page shape are the shared ones.
import { isCalendarDate } from '@offerdesk/core';
import { AppError } from '../errors';
import { type Page, pageInputShape } from '../pagination/keyset';

export const listInput = pageInputShape;
export type ListPage<T> = Page<T>;

const staleCursor = () =>
  AppError.field(['cursor'], 'This page link is out of date; reload the list');

export function encodeCursor(key: string, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, idPattern: RegExp): { key: string; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw staleCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw staleCursor();
  const [key, id] = parsed as unknown[];
  if (!isCalendarDate(key) || typeof id !== 'string' || !idPattern.test(id)) throw staleCursor();
  return { key, id };
}

export const INVOICE_ID_PATTERN = /^inv-[a-z0-9]{13}$/;
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Rows fetched with limit + 1: the extra row only says that there is a next page. */
export function pageOf<R, T>(
  rows: R[],
  limit: number,
  keyOf: (row: R) => { key: string; id: string },
  map: (row: R) => T,
): ListPage<T> {
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor(keyOf(last).key, keyOf(last).id) : null;
  return { items: page.map(map), nextCursor };
}
