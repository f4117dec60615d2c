// Account mail over SMTP (issue 10): the reset link and the invitation go out through the
// notifications outbox (mail-outbox.ts), with a stable Message-ID; once the SMTP server has the
// mail, the stored copy no longer holds the link's token, which still works from the mail.
import { afterAll, describe, expect, it } from 'vitest';
import { freshEmail, freshPassword } from '../account/account-test-kit';
import { startTestApi } from '../testing';
import { waitFor } from './notification-test-kit';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
// A database of its own on PostgreSQL too: no other suite's outbox (without SMTP) may mail
// its rows.
const t = await startTestApi(
  { smtpUrl: smtp.url, publicUrl: 'https://offerdesk.example' },
  { isolatedDatabase: true },
);

function received(email: string, subject: string) {
  return waitFor(
    () => smtp.received.find((m) => m.envelopeTo.includes(email) && m.subject === subject),
    `a "${subject}" mail to ${email}`,
  );
}

const tokenIn = (text: string) => /\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? '';

describe(`account mail over SMTP (${t.handle.kind})`, () => {
  it('mails the reset link, then keeps only a copy without its token', async () => {
    const account = await t.newAccount();
    await account.client.trpc.auth.requestPasswordReset.mutate({
      email: account.email,
      console: 'seller',
    });
    const mail = await received(account.email, 'Reset your Offerdesk password');
    const token = tokenIn(mail.text);
    expect(mail.text).toContain(`https://offerdesk.example/seller/reset-password?token=${token}`);
    expect(mail.html).toContain(`?token=${token}`);

    // The row is marked once the SMTP server has accepted the mail: wait for that.
    const stored = () =>
      t.handle.db
        .selectFrom('notifications')
        .select(['body_text', 'body_html', 'message_id', 'email_status'])
        .where('event', '=', 'account.password-reset')
        .where('recipient_account_id', '=', account.accountId)
        .executeTakeFirstOrThrow();
    await waitFor(async () => !(await stored()).body_text.includes(token), 'the row marked');
    const row = await stored();
    expect(row.email_status).toBe('SENT');
    expect(row.message_id).toBe(mail.messageId);
    expect(row.body_text).not.toContain(token);
    expect(row.body_html).not.toContain(token);
    expect(row.body_text).toContain('reset-password?token=(removed once sent)');

    const client = t.anonymous();
    await client.trpc.auth.me.query();
    const password = freshPassword();
    await client.trpc.auth.resetPassword.mutate({ token, password });
    await t.signIn(account.email, password);
  });

  it('mails the invitation with a link that joins the account', async () => {
    const owner = await t.newAccount({ name: 'Litware' });
    const email = freshEmail('invitee');
    await owner.client.trpc.account.users.invite.mutate({ email, console: 'buyer' });
    const mail = await received(email, 'Join Litware on Offerdesk');
    expect(mail.text).toContain('https://offerdesk.example/buyer/join?token=');
    const client = t.anonymous();
    await client.trpc.auth.me.query();
    const joined = await client.trpc.auth.acceptInvite.mutate({
      token: tokenIn(mail.text),
      password: freshPassword(),
    });
    expect(joined.account.id).toBe(owner.accountId);
  });
});
