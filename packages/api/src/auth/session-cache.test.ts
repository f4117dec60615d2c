// The session cache (auth/session-cache.ts) must never keep a signed-out user signed in:
// sessions ended in this process stop at once, and sessions ended anywhere else (another
// server process, or by hand in SQL) as soon as the database's notification arrives —
// well before the few seconds an entry may live.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { startSessionCache } from './session-cache';
import type { SessionUser } from './sessions';

const t = await startTestApi();

async function signedOutWithin(ms: number, read: () => Promise<unknown>): Promise<boolean> {
  const deadline = performance.now() + ms;
  while (performance.now() < deadline) {
    if ((await read()) === null) return true;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return false;
}

describe(`the session cache (${t.handle.kind})`, () => {
  it('drops a session ended outside this process within a second', async () => {
    const account = await t.newAccount();
    const me = () => account.client.trpc.auth.me.query();
    // Read twice: the second answer comes from memory.
    expect(await me()).not.toBeNull();
    expect(await me()).not.toBeNull();
    await t.handle.executeSql('DELETE FROM sessions WHERE user_id = $1', [account.userId]);
    // An entry lives 5 s; only the notification can end it sooner.
    expect(await signedOutWithin(1_000, me)).toBe(true);
  });

  it('refuses a signed-out cookie on the very next request', async () => {
    const account = await t.newAccount();
    expect(await account.client.trpc.auth.me.query()).not.toBeNull();
    const cookie = account.client.cookies.get('offerdesk_session') ?? '';
    await account.client.trpc.auth.logout.mutate();
    const replay = t.anonymous();
    replay.cookies.set('offerdesk_session', cookie);
    expect(await replay.trpc.auth.me.query()).toBeNull();
  });
});

/** A lookup that counts its calls and answers `user` once `open()` is called. */
function heldLookup(user: SessionUser | null) {
  let open = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const lookup = {
    calls: 0,
    open,
    fetch: async () => {
      lookup.calls += 1;
      await gate;
      return user;
    },
  };
  return lookup;
}

describe(`the session cache's lookups (${t.handle.kind})`, () => {
  const user: SessionUser = {
    sessionId: 'session-a',
    userId: 'user-a',
    email: 'a@example.com',
    accountId: '111122223333',
    accountName: 'A',
    csrfToken: 'csrf-a',
  };

  it('answers a burst of calls for one session with one lookup', async () => {
    const cache = await startSessionCache(t.handle);
    const lookup = heldLookup(user);
    const reads = Array.from({ length: 10 }, () => cache.read(user.sessionId, lookup.fetch));
    lookup.open();
    expect(await Promise.all(reads)).toEqual(Array(10).fill(user));
    expect(lookup.calls).toBe(1);
    await cache.stop();
  });

  it.each([
    ['the session', { sessionId: user.sessionId }],
    ['every session of the user', { userId: user.userId }],
  ])('does not let a call after %s ended join a lookup begun before', async (_what, ended) => {
    const cache = await startSessionCache(t.handle);
    const before = heldLookup(user);
    const begunBefore = cache.read(user.sessionId, before.fetch);
    cache.forget(ended);
    const after = heldLookup(null);
    const readAfter = cache.read(user.sessionId, after.fetch);
    before.open();
    after.open();
    expect(await readAfter).toBeNull();
    expect(after.calls).toBe(1);
    await begunBefore;
    // Nor is what the earlier lookup found kept for the next call.
    const next = heldLookup(null);
    next.open();
    expect(await cache.read(user.sessionId, next.fetch)).toBeNull();
    await cache.stop();
  });
});
