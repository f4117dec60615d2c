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

const MS_PER_DAY = 86_400_000;

/**
 * `base` moved `days` whole days ahead, in JavaScript and in SQL alike: the server's
 * CLOCK_OFFSET_DAYS testing knob, so a browser test can stand past an offer's expiry without
 * waiting for it. Days of 24 hours (an interval in hours, not in days, so the session time
 * zone's daylight-saving changes never make one 23 or 25 hours long).
 */
export function offsetClock(days: number, base: Clock = systemClock): Clock {
  if (days === 0) return base;
  return {
    now: () => new Date(base.now().getTime() + days * MS_PER_DAY),
    sqlNow: () => sql<Date>`(${base.sqlNow()} + make_interval(hours => ${days * 24}))`,
  };
}
