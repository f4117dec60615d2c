// A session's last_seen_at (auth/sessions.ts): moved by a read at most once a minute, in the
// read's own statement, and never for a session already idle past its hours, which stays
// ended. Read straight from the table, past the session cache.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { findSession } from './sessions';
import { hashToken } from './tokens';

const t = await startTestApi();
const IDLE_HOURS = 12;

/** A signed-in session whose last_seen_at is set to `age` ago (an SQL interval). */
async function sessionSeen(age: string) {
  const account = await t.newAccount();
  const token = account.client.cookies.get('offerdesk_session') ?? '';
  const id = hashToken(token);
  await t.handle.executeSql(
    `UPDATE sessions SET last_seen_at = now() - $2::interval WHERE id = $1`,
    [id, age],
  );
  const seconds = async () => {
    const { rows } = await t.handle.executeSql(
      `SELECT extract(epoch FROM now() - last_seen_at)::float8 AS age FROM sessions WHERE id = $1`,
      [id],
    );
    return Number((rows[0] as { age: number }).age);
  };
  return { token, account, seconds };
}

describe(`a session's last_seen_at (${t.handle.kind})`, () => {
  it('moves to now when the session was last seen over a minute ago', async () => {
    const session = await sessionSeen('2 minutes');
    const user = await findSession(t.handle.db, session.token, IDLE_HOURS);
    expect(user?.userId).toBe(session.account.userId);
    expect(await session.seconds()).toBeLessThan(5);
  });

  it('is left alone when the session was seen within the minute', async () => {
    const session = await sessionSeen('30 seconds');
    expect(await findSession(t.handle.db, session.token, IDLE_HOURS)).not.toBeNull();
    expect(await session.seconds()).toBeGreaterThanOrEqual(30);
  });

  it('is left alone when the session was idle past its hours, which stays ended', async () => {
    const session = await sessionSeen(`${IDLE_HOURS} hours 1 minute`);
    expect(await findSession(t.handle.db, session.token, IDLE_HOURS)).toBeNull();
    expect(await session.seconds()).toBeGreaterThan(IDLE_HOURS * 3600);
    expect(await findSession(t.handle.db, session.token, IDLE_HOURS)).toBeNull();
  });
});
