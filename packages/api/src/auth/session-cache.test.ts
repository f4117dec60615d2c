// The session cache (auth/session-cache.ts) must never keep a signed-out user signed in:
// sessions ended in this process stop at once, and sessions ended anywhere else (another
// server process, or by hand in SQL) as soon as the database's notification arrives —
// well before the few seconds an entry may live.
import { describe, expect, it, vi } from 'vitest';
import { startTestApi } from '../testing';
import { type SessionCacheLimits, startSessionCache } from './session-cache';
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

/** A cache that keeps sessions: on PostgreSQL its LISTEN connection comes up after it starts. */
async function listeningCache(limits?: SessionCacheLimits) {
  const cache = await startSessionCache(t.handle, limits);
  await vi.waitFor(() => expect(cache.isListening()).toBe(true));
  return cache;
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
    const cache = await listeningCache();
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
    const cache = await listeningCache();
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

  it('answers a stale session from memory while one lookup reads it again', async () => {
    const cache = await listeningCache({ freshMs: 0, staleMs: 60_000 });
    const first = heldLookup(user);
    first.open();
    expect(await cache.read(user.sessionId, first.fetch)).toEqual(user);
    // Stale at once (freshMs 0): answered before the new lookup answers, and only one runs.
    const renamed = { ...user, accountName: 'A renamed' };
    const again = heldLookup(renamed);
    expect(await cache.read(user.sessionId, again.fetch)).toEqual(user);
    expect(await cache.read(user.sessionId, again.fetch)).toEqual(user);
    expect(again.calls).toBe(1);
    again.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const third = heldLookup(renamed);
    third.open();
    expect(await cache.read(user.sessionId, third.fetch)).toEqual(renamed);
    await cache.stop();
  });

  it.each([
    ['finds no session', async () => null],
    [
      'fails',
      async () => {
        throw new Error('database unavailable');
      },
    ],
  ])(
    'drops a stale session when its lookup %s: the next call waits for its own',
    async (_what, failing) => {
      const cache = await listeningCache({ freshMs: 0, staleMs: 60_000 });
      const first = heldLookup(user);
      first.open();
      await cache.read(user.sessionId, first.fetch);
      expect(await cache.read(user.sessionId, failing)).toEqual(user); // stale, answered
      await new Promise((resolve) => setTimeout(resolve, 0));
      const next = heldLookup(null);
      next.open();
      expect(await cache.read(user.sessionId, next.fetch)).toBeNull();
      expect(next.calls).toBe(1);
      await cache.stop();
    },
  );

  it('waits for a lookup once a session is too old to answer', async () => {
    const cache = await listeningCache({ freshMs: 0, staleMs: 0 });
    const first = heldLookup(user);
    first.open();
    await cache.read(user.sessionId, first.fetch);
    const next = heldLookup(null);
    next.open();
    expect(await cache.read(user.sessionId, next.fetch)).toBeNull();
    await cache.stop();
  });
});
