// Time, injectable so tests can stand on either side of an expiry instant. `sqlNow` is the
// same instant as seen by the database: checks that must hold "at the moment of acceptance"
// run in SQL against it, inside the transaction that acts on them.
import type { Database, Kysely } from '@offerdesk/db';
import { type RawBuilder, sql } from 'kysely';

export type Clock = {
  now(): Date;
  /** One builder per moment rather than a new one per call: momentKey is kept per builder. */
  sqlNow(): RawBuilder<Date>;
};

const CLOCK_TIMESTAMP = sql<Date>`clock_timestamp()`;

export const systemClock: Clock = {
  now: () => new Date(),
  sqlNow: () => CLOCK_TIMESTAMP,
};

export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  const moment = sql<Date>`${instant.toISOString()}::timestamptz`;
  return {
    now: () => new Date(instant),
    sqlNow: () => moment,
  };
}

const momentKeys = new WeakMap<RawBuilder<Date>, string>();

/**
 * The clock's moment as the SQL text and values it is written with: the key a statement that
 * reads it is built once per (compiledOnce), so a test that switches clocks gets its own.
 * Kept per moment builder: compiling it on every call was about 5% of the server's CPU on a
 * Manage offers page (bench, issue 9). A clock that makes a new builder per call is compiled
 * per call, as before. Every database here speaks PostgreSQL, so the text depends on the
 * builder alone, not on which `db` compiled it.
 */
export function momentKey(db: Kysely<Database>, clock: Clock): string {
  const moment = clock.sqlNow();
  let key = momentKeys.get(moment);
  if (key === undefined) {
    // Compiled for its text only, never run: no plugin is shown it.
    const compiled = moment.compile(db.withoutPlugins());
    key = JSON.stringify([compiled.sql, compiled.parameters]);
    momentKeys.set(moment, key);
  }
  return key;
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
  // One builder per moment of the base, as Clock asks.
  const ahead = new WeakMap<RawBuilder<Date>, RawBuilder<Date>>();
  return {
    now: () => new Date(base.now().getTime() + days * MS_PER_DAY),
    sqlNow: () => {
      const moment = base.sqlNow();
      let shifted = ahead.get(moment);
      if (!shifted) {
        shifted = sql<Date>`(${moment} + make_interval(hours => ${days * 24}))`;
        ahead.set(moment, shifted);
      }
      return shifted;
    },
  };
}
