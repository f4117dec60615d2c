// Password reset by email (issue 10): a single-use link valid for 1 hour; the new password
// ends every session of that login; the request answers the same for any email.
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { freshEmail, freshPassword, mailTo } from '../account/account-test-kit';
import { fixedClock } from '../clock';
import { startTestApi, TEST_PASSWORD } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { WRONG_CREDENTIALS } from './auth-service';
import { mailPasswordReset } from './password-reset-job';

const t = await startTestApi({ publicUrl: 'https://offerdesk.example' });
const LINK_INVALID = 'This reset link has expired or was already used. Ask for a new one.';

async function browser() {
  const client = t.anonymous();
  await client.trpc.auth.me.query();
  return client;
}

describe(`password reset (${t.handle.kind})`, () => {
  it('mails a link that sets a new password once, and ends every session of the login', async () => {
    const account = await t.newAccount();
    const otherSession = await t.signIn(account.email);
    const client = await browser();
    expect(
      await client.trpc.auth.requestPasswordReset.mutate({
        email: account.email.toUpperCase(),
        console: 'buyer',
      }),
    ).toEqual({ ok: true });

    const mail = await mailTo(t, account.email, 'account.password-reset');
    expect(mail.subject).toBe('Reset your Offerdesk password');
    expect(mail.url).toBe(`https://offerdesk.example/buyer/reset-password?token=${mail.token}`);
    expect(mail.text).toContain(`${account.name} (${account.accountId})`);
    // Only the link holds the token; the database keeps its hash.
    const stored = await t.handle.db.selectFrom('password_resets').select('token_hash').execute();
    expect(stored.map((r) => r.token_hash).join()).not.toContain(mail.token);

    const password = freshPassword();
    expect(await client.trpc.auth.resetPassword.mutate({ token: mail.token, password })).toEqual({
      ok: true,
    });
    // Every session of that login has ended; the person signs in with the new password.
    expect(await account.client.trpc.auth.me.query()).toBeNull();
    expect(await otherSession.trpc.auth.me.query()).toBeNull();
    expect(await client.trpc.auth.me.query()).toBeNull();
    const old = await refusalOf(t.signIn(account.email, TEST_PASSWORD));
    expect(old.message).toBe(WRONG_CREDENTIALS);
    const signedIn = await t.signIn(account.email, password);
    expect((await signedIn.trpc.auth.me.query())?.user.id).toBe(account.userId);

    const reused = await refusalOf(
      client.trpc.auth.resetPassword.mutate({ token: mail.token, password: freshPassword() }),
    );
    expect(reused.data?.code).toBe('BAD_REQUEST');
    expect(reused.data?.issues).toEqual([{ path: ['token'], message: LINK_INVALID }]);
    expect(await signedIn.trpc.auth.me.query()).not.toBeNull();
  });

  it('uses up every other open link of the login with the first one', async () => {
    const account = await t.newAccount();
    const client = await browser();
    await client.trpc.auth.requestPasswordReset.mutate({ email: account.email, console: 'seller' });
    const first = await mailTo(t, account.email, 'account.password-reset', 1);
    await client.trpc.auth.requestPasswordReset.mutate({ email: account.email, console: 'seller' });
    const second = await mailTo(t, account.email, 'account.password-reset', 2);
    expect(second.url).toMatch(/^https:\/\/offerdesk\.example\/seller\/reset-password\?token=/);
    expect(second.token).not.toBe(first.token);
    await client.trpc.auth.resetPassword.mutate({ token: second.token, password: freshPassword() });
    const stale = await refusalOf(
      client.trpc.auth.resetPassword.mutate({ token: first.token, password: freshPassword() }),
    );
    expect(stale.message).toBe(LINK_INVALID);
  });

  it('honours a link for 1 hour and refuses it after', async () => {
    const requestedAt = new Date();
    const at = (minutes: number) => fixedClock(new Date(requestedAt.getTime() + minutes * 60_000));
    const early = await t.newAccount();
    const late = await t.newAccount();
    try {
      t.setClock(at(0));
      const client = await browser();
      for (const { email } of [early, late]) {
        await client.trpc.auth.requestPasswordReset.mutate({ email, console: 'seller' });
      }
      const earlyMail = await mailTo(t, early.email, 'account.password-reset');
      const lateMail = await mailTo(t, late.email, 'account.password-reset');
      const until = new Date(requestedAt.getTime() + 3_600_000).toISOString().slice(11, 16);
      expect(earlyMail.text).toMatch(new RegExp(`Link works until: +.* at ${until} UTC`));

      t.setClock(at(59));
      expect(
        await client.trpc.auth.resetPassword.mutate({
          token: earlyMail.token,
          password: freshPassword(),
        }),
      ).toEqual({ ok: true });
      t.setClock(at(60));
      const expired = await refusalOf(
        client.trpc.auth.resetPassword.mutate({ token: lateMail.token, password: freshPassword() }),
      );
      expect(expired.message).toBe(LINK_INVALID);
      // The old password still works: nothing changed.
      await t.signIn(late.email, TEST_PASSWORD);
    } finally {
      t.setClock(null);
    }
  });

  it('answers an unknown email exactly as a known one, and mails nobody', async () => {
    const account = await t.newAccount();
    const client = await browser();
    const ask = async (email: string) => {
      const response = await client.fetchRaw('/trpc/auth.requestPasswordReset', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, console: 'seller' }),
      });
      return { status: response.status, body: await response.text() };
    };
    const unknown = freshEmail('nobody');
    expect(await ask(unknown)).toEqual(await ask(account.email));
    const request = {
      email: unknown,
      console: 'seller' as const,
      publicUrl: 'https://offerdesk.example',
      requestedAt: new Date().toISOString(),
    };
    expect(await mailPasswordReset(t.api.services, request)).toBe(false);
    await mailTo(t, account.email, 'account.password-reset');
    const toUnknown = await t.handle.db
      .selectFrom('notifications')
      .select('id')
      .where(sql<boolean>`${unknown} = ANY(email_to)`)
      .execute();
    expect(toUnknown).toEqual([]);
  });

  it('refuses a link that is not one, and a password that is too common, at their fields', async () => {
    const client = await browser();
    const malformed = await refusalOf(
      client.trpc.auth.resetPassword.mutate({ token: 'abc', password: freshPassword() }),
    );
    expect(malformed.data?.issues).toEqual([{ path: ['token'], message: LINK_INVALID }]);
    const unknown = await refusalOf(
      client.trpc.auth.resetPassword.mutate({ token: 'x'.repeat(43), password: freshPassword() }),
    );
    expect(unknown.data?.issues).toEqual([{ path: ['token'], message: LINK_INVALID }]);
    const common = await refusalOf(
      client.trpc.auth.resetPassword.mutate({ token: 'x'.repeat(43), password: 'password123' }),
    );
    expect(common.data?.issues?.map((i) => i.path)).toEqual([['password']]);
  });
});

describe(`password reset throttling (${t.handle.kind})`, async () => {
  const limited = await startTestApi({
    loginLimits: { perAccount: 2, perIp: 1000, windowMinutes: 15 },
  });

  it('limits requests per email, known or not', async () => {
    const client = limited.anonymous();
    await client.trpc.auth.me.query();
    for (const email of [freshEmail('nobody'), (await limited.newAccount()).email]) {
      const ask = () => client.trpc.auth.requestPasswordReset.mutate({ email, console: 'seller' });
      await ask();
      await ask();
      const refusal = await refusalOf(ask());
      expect(refusal.data?.code).toBe('TOO_MANY_REQUESTS');
      expect(refusal.message).toBe('Too many password reset requests. Try again in 15 minutes.');
    }
  });
});
