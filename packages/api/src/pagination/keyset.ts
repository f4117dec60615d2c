// Keyset pagination for lists: a stable order (timestamp DESC, id DESC) and an opaque cursor,
// the base64url of the last row's (timestamp, id). The timestamp travels as the database's
// own text with microseconds: a JS Date keeps milliseconds only and would skip or repeat rows
// created in the same millisecond.
import { type RawBuilder, sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../errors';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

const limitMessage = `Choose a page size from 1 to ${MAX_PAGE_SIZE}`;

/** The fields every list input has; spread into the list's own z.object. */
export const pageInputShape = {
  cursor: z.string({ error: 'This page link is not valid' }).max(400).nullish(),
  limit: z
    .number({ error: limitMessage })
    .int(limitMessage)
    .min(1, limitMessage)
    .max(MAX_PAGE_SIZE, limitMessage)
    .default(DEFAULT_PAGE_SIZE),
};

export type Keyset = { at: string; id: string };
export type Page<T> = { items: T[]; nextCursor: string | null };

const AT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const staleCursor = () =>
  AppError.field(['cursor'], 'This page link is out of date; reload the list');

export function encodeCursor(keyset: Keyset): string {
  return Buffer.from(JSON.stringify([keyset.at, keyset.id])).toString('base64url');
}

/** The cursor's keyset, or null for the first page; `idPattern` is the listed rows' ID form. */
export function decodeCursor(cursor: string | null | undefined, idPattern: RegExp): Keyset | null {
  if (!cursor) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw staleCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw staleCursor();
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || !AT_PATTERN.test(at)) throw staleCursor();
  if (typeof id !== 'string' || !idPattern.test(id)) throw staleCursor();
  return { at, id };
}

/** A timestamp column as cursor text (UTC, microseconds). */
export function keysetAt(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
}

/** Rows after the keyset in (at DESC, id DESC) order. */
export function afterKeyset(atColumn: string, idColumn: string, keyset: Keyset) {
  return sql<boolean>`(${sql.ref(atColumn)}, ${sql.ref(idColumn)}) < (${keyset.at}::timestamptz, ${keyset.id})`;
}

/** Cuts the limit + 1 rows a list fetched into a page and the cursor of the next one. */
export function pageOf<Row, Item>(
  rows: Row[],
  limit: number,
  keysetOf: (row: Row) => Keyset,
  toItem: (row: Row) => Item,
): Page<Item> {
  const shown = rows.slice(0, limit);
  const last = shown.at(-1);
  return {
    items: shown.map(toItem),
    nextCursor: rows.length > limit && last ? encodeCursor(keysetOf(last)) : null,
  };
}

/** A case-insensitive "contains" pattern for ILIKE, with the user's % and _ taken literally. */
export function containsPattern(search: string): string {
  return `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
