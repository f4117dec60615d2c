import { TRPCClientError } from '@trpc/client';
import { describe, expect, it } from 'vitest';
import { startTestApi, TEST_PASSWORD } from '../testing';

const t = await startTestApi({ loginLimits: { perAccount: 3, perIp: 1000, windowMinutes: 15 } });

async function errorOf(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCClientError) return error;
  }
  throw new Error('expected a tRPC error');
}

describe(`sign-in (${t.handle.kind})`, () => {
  it('signs in, answers auth.me with the account, and signs out', async () => {
    const account = await t.newAccount();
    expect(await account.client.trpc.auth.me.query()).toEqual({
      user: { id: account.userId, email: account.email },
      account: { id: account.accountId, name: account.name },
    });
    const sessionCookie = account.client.cookies.get('offerdesk_session');
    await account.client.trpc.auth.logout.mutate();
    expect(await account.client.trpc.auth.me.query()).toBeNull();
    // The old cookie no longer works after logout.
    const replay = t.anonymous();
    replay.cookies.set('offerdesk_session', sessionCookie ?? '');
    expect(await replay.trpc.auth.me.query()).toBeNull();
  });

  it('gives the same answer for an unknown email and a wrong password', async () => {
    const account = await t.newAccount();
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    const wrong = await errorOf(
      client.trpc.auth.login.mutate({ email: account.email, password: 'nope' }),
    );
    const unknown = await errorOf(
      client.trpc.auth.login.mutate({ email: 'nobody@test.example', password: 'nope' }),
    );
    expect(wrong.message).toBe(unknown.message);
    expect(wrong.data?.code).toBe('UNAUTHORIZED');
    expect(unknown.data?.code).toBe('UNAUTHORIZED');
  });

  it('rotates the session ID on login', async () => {
    const account = await t.newAccount();
    const first = account.client.cookies.get('offerdesk_session');
    await account.client.trpc.auth.login.mutate({ email: account.email, password: TEST_PASSWORD });
    expect(account.client.cookies.get('offerdesk_session')).not.toBe(first);
  });

  it('refuses a mutation without the CSRF header', async () => {
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    client.cookies.delete('offerdesk_csrf');
    const error = await errorOf(client.trpc.auth.login.mutate({ email: 'a@b.c', password: 'x' }));
    expect(error.data?.code).toBe('FORBIDDEN');
    expect(error.message).toMatch(/CSRF/);
  });

  it("refuses a signed-in mutation whose CSRF token is not the session's", async () => {
    const account = await t.newAccount();
    // A cookie and header that match each other, but were not issued with this session.
    account.client.cookies.set('offerdesk_csrf', 'planted-before-sign-in');
    const error = await errorOf(account.client.trpc.auth.logout.mutate());
    expect(error.data?.code).toBe('FORBIDDEN');
    expect(await account.client.trpc.auth.me.query()).not.toBeNull();
  });

  it('keeps the current session when a new sign-in fails', async () => {
    const account = await t.newAccount();
    await errorOf(
      account.client.trpc.auth.login.mutate({ email: account.email, password: 'typo' }),
    );
    expect(await account.client.trpc.auth.me.query()).not.toBeNull();
  });

  it('limits failed sign-ins per account', async () => {
    const account = await t.newAccount();
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    for (let i = 0; i < 3; i++)
      await errorOf(client.trpc.auth.login.mutate({ email: account.email, password: 'bad' }));
    const limited = await errorOf(
      client.trpc.auth.login.mutate({ email: account.email, password: TEST_PASSWORD }),
    );
    expect(limited.data?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('sets HttpOnly SameSite=Lax on the session cookie', async () => {
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    const account = await t.newAccount();
    const response = await client.fetchRaw('/trpc/auth.login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: account.email, password: TEST_PASSWORD }),
    });
    expect(response.status).toBe(200);
    const session = response.headers.getSetCookie().find((c) => c.startsWith('offerdesk_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    expect(session).not.toMatch(/Secure/);
  });
});
