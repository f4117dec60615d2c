// Instants read from the database go out as ISO 8601 text (tRPC sends plain JSON).
import { type RawBuilder, sql } from 'kysely';

export function isoInstant(value: Date): string {
  return value.toISOString();
}

export function isoInstantOrNull(value: Date | null): string | null {
  return value === null ? null : value.toISOString();
}

/**
 * The column's instant written by PostgreSQL as `toISOString()` writes it (UTC, milliseconds
 * cut, not rounded, as a Date cuts microseconds): for a list's many rows, reading text saves
 * parsing each instant into a Date only to write it out again. (A cursor's key is the same
 * instant to the microsecond: pagination/keyset.ts.)
 */
export function isoInstantText(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

export function isoInstantTextOrNull(column: string): RawBuilder<string | null> {
  return isoInstantText(column).$castTo<string | null>();
}
