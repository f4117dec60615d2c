import { useTestDatabase } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { type Clock, fixedClock, momentKey, offsetClock, systemClock } from './clock';

async function sqlInstant(clock: Clock, timeZone = 'UTC'): Promise<string> {
  const { db } = await useTestDatabase();
  return db.transaction().execute(async (tx) => {
    // The session's time zone must not change what "N days ahead" means.
    await sql`SELECT set_config('TimeZone', ${timeZone}, true)`.execute(tx);
    const row = await sql<{ at: Date }>`SELECT ${clock.sqlNow()} AS at`.execute(tx);
    return new Date(row.rows[0]?.at ?? 0).toISOString();
  });
}

describe('offsetClock', () => {
  it('is the base clock itself at 0 days', () => {
    expect(offsetClock(0)).toBe(systemClock);
  });

  it('moves now() and the database instant the same whole days ahead', async () => {
    const clock = offsetClock(3, fixedClock('2027-03-15T12:34:56.789Z'));
    expect(clock.now().toISOString()).toBe('2027-03-18T12:34:56.789Z');
    expect(await sqlInstant(clock)).toBe('2027-03-18T12:34:56.789Z');
  });

  it('counts 24-hour days across a daylight-saving change in the session time zone', async () => {
    // Europe/Paris moves to summer time on 2027-03-28: a calendar day there is 23 hours.
    const clock = offsetClock(1, fixedClock('2027-03-27T12:00:00.000Z'));
    expect(await sqlInstant(clock, 'Europe/Paris')).toBe('2027-03-28T12:00:00.000Z');
  });

  it('runs ahead of the real time when based on the system clock', async () => {
    const clock = offsetClock(30);
    const real = Date.now();
    const ahead = clock.now().getTime() - real;
    expect(ahead).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(ahead).toBeLessThan(31 * 86_400_000);
    const inSql = new Date(await sqlInstant(clock)).getTime() - real;
    expect(inSql).toBeGreaterThanOrEqual(30 * 86_400_000);
    expect(inSql).toBeLessThan(31 * 86_400_000);
  });
});

describe('momentKey', () => {
  it('follows a clock that switches what it reads, as the test API does', async () => {
    const { db } = await useTestDatabase();
    let current: Clock = fixedClock('2027-03-15T00:00:00.000Z');
    const switchable: Clock = { now: () => current.now(), sqlNow: () => current.sqlNow() };
    const first = momentKey(db, switchable);
    expect(momentKey(db, switchable)).toBe(first);
    current = fixedClock('2027-03-16T00:00:00.000Z');
    expect(momentKey(db, switchable)).not.toBe(first);
    expect(momentKey(db, switchable)).toContain('2027-03-16T00:00:00.000Z');
    current = systemClock;
    expect(momentKey(db, switchable)).toContain('clock_timestamp()');
  });

  it('keeps one key for an offset clock, and a new one when its base moves', async () => {
    const { db } = await useTestDatabase();
    let base: Clock = fixedClock('2027-03-15T00:00:00.000Z');
    const ahead = offsetClock(2, { now: () => base.now(), sqlNow: () => base.sqlNow() });
    expect(ahead.sqlNow()).toBe(ahead.sqlNow());
    const first = momentKey(db, ahead);
    base = fixedClock('2027-03-16T00:00:00.000Z');
    expect(momentKey(db, ahead)).not.toBe(first);
    expect(await sqlInstant(ahead)).toBe('2027-03-18T00:00:00.000Z');
  });
});
