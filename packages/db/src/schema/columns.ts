// Column shapes shared by every table file. Money is int8 cents parsed to `number` on both
// backends (see connection.ts); calendar dates are 'YYYY-MM-DD' strings; instants are Date.
// Kept out of index.ts's re-exports: they describe columns, not domain values.
import type { ColumnType } from 'kysely';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** A calendar date, 'YYYY-MM-DD' (UTC). */
export type CalendarDate = string;
export type Json<T> = ColumnType<T, string, string>;
