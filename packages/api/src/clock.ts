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

/** What `make` gives for this moment builder, made once per builder and kept while it lives. */
function perMoment<V>(
  kept: WeakMap<RawBuilder<Date>, V>,
  moment: RawBuilder<Date>,
  make: (moment: RawBuilder<Date>) => V,
): V {
  let value = kept.get(moment);
  if (value === undefined) {
    value = make(moment);
    kept.set(moment, value);
  }
  return value;
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
  return perMoment(momentKeys, clock.sqlNow(), (moment) => {
    // Compiled for its text only, never run: no plugin is shown it.
    const compiled = moment.compile(db.withoutPlugins());
    return JSON.stringify([compiled.sql, compiled.parameters]);
  });
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
    sqlNow: () =>
      perMoment(
        ahead,
        base.sqlNow(),
        (moment) => sql<Date>`(${moment} + make_interval(hours => ${days * 24}))`,
      ),
  };
}
