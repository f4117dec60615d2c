// Sign-up (issue 10): a new account under a random 12-digit ID and its first user, signed in.
import { accountMessages, newAccountId } from '@offerdesk/core';
import { describe, expect, it } from 'vitest';
import { freshEmail, freshPassword } from '../account/account-test-kit';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { insertAccount } from './sign-up';

const t = await startTestApi();

async function browser() {
  const client = t.anonymous();
  await client.trpc.auth.me.query(); // the SPA's first call: the CSRF cookie
  return client;
}

describe(`sign-up (${t.handle.kind})`, () => {
  it('creates an account with a new 12-digit ID and its first user, signed in', async () => {
    const client = await browser();
    const email = freshEmail('founder');
    const password = freshPassword();
    const signedUp = await client.trpc.auth.signUp.mutate({
      email: `  ${email.toUpperCase()} `,
      password,
      accountName: '  Fabrikam Services ',
    });
    expect(signedUp.account.id).toMatch(/^[1-9]\d{11}$/);
    expect(signedUp).toEqual({
      user: { id: expect.any(String), email },
      account: { id: signedUp.account.id, name: 'Fabrikam Services' },
    });
    expect(await client.trpc.auth.me.query()).toEqual(signedUp);
    const { users } = await client.trpc.account.users.list.query();
    expect(users).toEqual([
      { id: signedUp.user.id, email, createdAt: expect.any(String), isYou: true },
    ]);
    // The password works for signing in again.
    const again = await t.signIn(email, password);
    expect((await again.trpc.auth.me.query())?.account.id).toBe(signedUp.account.id);
  });

  it('gives every sign-up its own account', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const client = await browser();
      const result = await client.trpc.auth.signUp.mutate({
        email: freshEmail(),
        password: freshPassword(),
        accountName: `Account ${i}`,
      });
      ids.add(result.account.id);
    }
    expect(ids.size).toBe(3);
  });

  it('refuses a short or a common password, at the password field', async () => {
    const client = await browser();
    for (const [password, message] of [
      ['too short', 'Choose a password of at least 10 characters'],
      ['Password123', accountMessages.passwordCommon],
      ['qwertyuiop', accountMessages.passwordCommon],
    ] as const) {
      const refusal = await refusalOf(
        client.trpc.auth.signUp.mutate({ email: freshEmail(), password, accountName: 'Weak' }),
      );
      expect(refusal.data?.code).toBe('BAD_REQUEST');
      expect(refusal.message).toBe(message);
      expect(refusal.data?.issues).toEqual([{ path: ['password'], message }]);
    }
    expect(await client.trpc.auth.me.query()).toBeNull();
  });

  it('refuses a taken email without saying more, and creates nothing', async () => {
    const existing = await t.newAccount();
    const client = await browser();
    const refusal = await refusalOf(
      client.trpc.auth.signUp.mutate({
        email: existing.email.toUpperCase(),
        password: freshPassword(),
        accountName: 'Second try',
      }),
    );
    expect(refusal.data?.code).toBe('CONFLICT');
    expect(refusal.message).toBe(
      'This email cannot be used to sign up. If it is yours, sign in or reset your password.',
    );
    expect(refusal.data?.issues).toEqual([{ path: ['email'], message: refusal.message }]);
    expect(await client.trpc.auth.me.query()).toBeNull();
    const users = await t.handle.db
      .selectFrom('users')
      .select('account_id')
      .where('email', '=', existing.email)
      .execute();
    expect(users).toEqual([{ account_id: existing.accountId }]);
  });

  it('draws another account ID when the first is taken', async () => {
    const taken = await t.newAccount();
    const fresh = newAccountId();
    const draws = [taken.accountId, fresh];
    const id = await insertAccount(t.handle.db, 'Collision test', () => draws.shift() ?? '');
    expect(id).toBe(fresh);
    const account = await t.handle.db
      .selectFrom('accounts')
      .select('name')
      .where('id', '=', taken.accountId)
      .executeTakeFirstOrThrow();
    expect(account.name).toBe(taken.name);
  });

  it('signs a signed-in browser over to the new account', async () => {
    const existing = await t.newAccount();
    const before = existing.client.cookies.get('offerdesk_session');
    const result = await existing.client.trpc.auth.signUp.mutate({
      email: freshEmail(),
      password: freshPassword(),
      accountName: 'Spin-off',
    });
    expect(existing.client.cookies.get('offerdesk_session')).not.toBe(before);
    expect((await existing.client.trpc.auth.me.query())?.account.id).toBe(result.account.id);
  });
});

describe(`sign-up throttling (${t.handle.kind})`, async () => {
  const limited = await startTestApi({
    loginLimits: { perAccount: 2, perIp: 1000, windowMinutes: 15 },
  });

  it('limits sign-up attempts per email', async () => {
    const client = limited.anonymous();
    await client.trpc.auth.me.query();
    const email = freshEmail();
    const attempt = () =>
      client.trpc.auth.signUp.mutate({ email, password: freshPassword(), accountName: 'Limited' });
    await attempt();
    expect((await refusalOf(attempt())).data?.code).toBe('CONFLICT');
    const refusal = await refusalOf(attempt());
    expect(refusal.data?.code).toBe('TOO_MANY_REQUESTS');
    expect(refusal.message).toBe('Too many sign-up attempts. Try again in 15 minutes.');
  });
});
