// The session cache (auth/session-cache.ts) must never keep a signed-out user signed in:
// sessions ended in this process stop at once, and sessions ended anywhere else (another
// server process, or by hand in SQL) as soon as the database's notification arrives —
// well before the few seconds an entry may live.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';

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
