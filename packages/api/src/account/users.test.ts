// The users of an account (issue 10): listing them, removing one (never the last), and what
// removal ends: the removed user's sessions, sign-in and mail; its email is free again.
import { describe, expect, it } from 'vitest';
import { WRONG_CREDENTIALS } from '../auth/auth-service';
import { emailsByAccount } from '../notifications/recipients';
import { startTestApi, TEST_PASSWORD } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { addTestUser, freshPassword } from './account-test-kit';

const t = await startTestApi();

describe(`account users (${t.handle.kind})`, () => {
  it('lists the caller’s own account only, oldest first, marking the caller', async () => {
    const account = await t.newAccount();
    const colleague = await addTestUser(t, account.accountId);
    const other = await t.newAccount();
    const { users, invitations } = await account.client.trpc.account.users.list.query();
    expect(users.map((u) => [u.id, u.email, u.isYou])).toEqual([
      [account.userId, account.email, true],
      [colleague.userId, colleague.email, false],
    ]);
    expect(invitations).toEqual([]);
    const theirs = await other.client.trpc.account.users.list.query();
    expect(theirs.users.map((u) => u.email)).toEqual([other.email]);
  });

  it('refuses to remove the last user', async () => {
    const account = await t.newAccount();
    const refusal = await refusalOf(
      account.client.trpc.account.users.remove.mutate({ userId: account.userId }),
    );
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal.data?.issues).toEqual([
      { path: ['userId'], message: 'An account keeps at least one user' },
    ]);
    expect(await account.client.trpc.auth.me.query()).not.toBeNull();
  });

  it('removes a user: its sessions end, it signs in and hears no more, its email is free', async () => {
    const account = await t.newAccount();
    const colleague = await addTestUser(t, account.accountId);
    const colleagueSession = await t.signIn(colleague.email);
    expect(
      await account.client.trpc.account.users.remove.mutate({ userId: colleague.userId }),
    ).toEqual({ ok: true });

    expect(await colleagueSession.trpc.auth.me.query()).toBeNull();
    const signIn = await refusalOf(t.signIn(colleague.email, TEST_PASSWORD));
    expect(signIn.message).toBe(WRONG_CREDENTIALS);
    const { users } = await account.client.trpc.account.users.list.query();
    expect(users.map((u) => u.email)).toEqual([account.email]);
    expect(
      (await emailsByAccount(t.handle.db, [account.accountId])).get(account.accountId),
    ).toEqual([account.email]);
    // Now the last user: it stays.
    const last = await refusalOf(
      account.client.trpc.account.users.remove.mutate({ userId: account.userId }),
    );
    expect(last.data?.code).toBe('PRECONDITION_FAILED');

    // The email can have a login again, here by signing up.
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    const again = await client.trpc.auth.signUp.mutate({
      email: colleague.email,
      password: freshPassword(),
      accountName: 'A fresh start',
    });
    expect(again.user.id).not.toBe(colleague.userId);
  });

  it('lets a user remove itself when others remain; its session ends', async () => {
    const account = await t.newAccount();
    await addTestUser(t, account.accountId);
    await account.client.trpc.account.users.remove.mutate({ userId: account.userId });
    expect(await account.client.trpc.auth.me.query()).toBeNull();
  });

  it('answers NOT_FOUND for a user of another account, or no user at all', async () => {
    const account = await t.newAccount();
    const other = await t.newAccount();
    await addTestUser(t, other.accountId);
    for (const userId of [other.userId, '00000000-0000-4000-8000-000000000000']) {
      const refusal = await refusalOf(account.client.trpc.account.users.remove.mutate({ userId }));
      expect(refusal.data?.code).toBe('NOT_FOUND');
    }
    expect(await t.signIn(other.email)).toBeDefined();
  });

  it('leaves one user when two remove each other at once', async () => {
    const account = await t.newAccount();
    const colleague = await addTestUser(t, account.accountId);
    const colleagueSession = await t.signIn(colleague.email);
    const outcomes = await Promise.allSettled([
      account.client.trpc.account.users.remove.mutate({ userId: colleague.userId }),
      colleagueSession.trpc.account.users.remove.mutate({ userId: account.userId }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const remaining = await t.handle.db
      .selectFrom('users')
      .select('id')
      .where('account_id', '=', account.accountId)
      .where('removed_at', 'is', null)
      .execute();
    expect(remaining).toHaveLength(1);
  });
});
