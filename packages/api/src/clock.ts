// Time, injectable so tests can stand on either side of an expiry instant. `sqlNow` is the
// same instant as seen by the database: checks that must hold "at the moment of acceptance"
// run in SQL against it, inside the transaction that acts on them.
import { type RawBuilder, sql } from 'kysely';

export type Clock = {
  now(): Date;
  sqlNow(): RawBuilder<Date>;
};

export const systemClock: Clock = {
  now: () => new Date(),
  sqlNow: () => sql<Date>`clock_timestamp()`,
};

export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return {
    now: () => new Date(instant),
    sqlNow: () => sql<Date>`${instant.toISOString()}::timestamptz`,
  };
}
