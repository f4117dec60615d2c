// Inviting a colleague (issue 10): a mailed single-use link valid for 7 days; the invitee
// chooses a password, joins the inviting account and is signed in.
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { freshEmail, freshPassword, mailTo } from './account-test-kit';

const t = await startTestApi({ publicUrl: 'https://offerdesk.example' });
const INVITATION_INVALID = 'This invitation has expired or was already used';
const DAY_MS = 86_400_000;

async function browser() {
  const client = t.anonymous();
  await client.trpc.auth.me.query();
  return client;
}

describe(`invitations (${t.handle.kind})`, () => {
  it('mails a link; the invitee joins the account, signed in, and the link is used up', async () => {
    const owner = await t.newAccount({ name: 'Tailspin Partners' });
    const email = freshEmail('invitee');
    const before = Date.now();
    const invited = await owner.client.trpc.account.users.invite.mutate({
      email: email.toUpperCase(),
      console: 'seller',
    });
    expect(invited.email).toBe(email);
    const expiresIn = new Date(invited.expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThanOrEqual(7 * DAY_MS);
    expect(expiresIn).toBeLessThan(7 * DAY_MS + 60_000);

    const mail = await mailTo(t, email, 'account.invitation');
    expect(mail.subject).toBe('Join Tailspin Partners on Offerdesk');
    expect(mail.url).toBe(`https://offerdesk.example/seller/join?token=${mail.token}`);
    expect(mail.text).toContain(`${owner.email} invited you`);
    expect(mail.text).toContain(owner.accountId);

    const listed = await owner.client.trpc.account.users.list.query();
    expect(listed.invitations).toEqual([
      { id: invited.id, email, createdAt: expect.any(String), expiresAt: invited.expiresAt },
    ]);

    const invitee = await browser();
    expect(await invitee.trpc.auth.inviteInfo.query({ token: mail.token })).toEqual({
      accountName: 'Tailspin Partners',
      email,
      expiresAt: invited.expiresAt,
    });
    const weak = await refusalOf(
      invitee.trpc.auth.acceptInvite.mutate({ token: mail.token, password: '1234567890' }),
    );
    expect(weak.data?.issues?.map((i) => i.path)).toEqual([['password']]);

    const password = freshPassword();
    const joined = await invitee.trpc.auth.acceptInvite.mutate({ token: mail.token, password });
    expect(joined).toEqual({
      user: { id: expect.any(String), email },
      account: { id: owner.accountId, name: 'Tailspin Partners' },
    });
    // Signed in, in the inviting account, seeing its users.
    expect(await invitee.trpc.auth.me.query()).toEqual(joined);
    const seen = await invitee.trpc.account.users.list.query();
    expect(seen.users.map((u) => [u.email, u.isYou])).toEqual([
      [owner.email, false],
      [email, true],
    ]);
    expect(seen.invitations).toEqual([]);
    await t.signIn(email, password);

    const again = await browser();
    const reused = await refusalOf(
      again.trpc.auth.acceptInvite.mutate({ token: mail.token, password: freshPassword() }),
    );
    expect(reused.data?.code).toBe('BAD_REQUEST');
    expect(reused.data?.issues).toEqual([{ path: ['token'], message: INVITATION_INVALID }]);
    const info = await refusalOf(again.trpc.auth.inviteInfo.query({ token: mail.token }));
    expect(info.message).toBe(INVITATION_INVALID);
  });

  it('honours a link for 7 days and refuses it after', async () => {
    const owner = await t.newAccount();
    const sentAt = new Date();
    const at = (ms: number) => fixedClock(new Date(sentAt.getTime() + ms));
    const early = freshEmail('early');
    const late = freshEmail('late');
    try {
      t.setClock(at(0));
      await owner.client.trpc.account.users.invite.mutate({ email: early, console: 'buyer' });
      await owner.client.trpc.account.users.invite.mutate({ email: late, console: 'buyer' });
      const earlyMail = await mailTo(t, early, 'account.invitation');
      const lateMail = await mailTo(t, late, 'account.invitation');
      expect(lateMail.url).toMatch(/^https:\/\/offerdesk\.example\/buyer\/join\?token=/);
      const client = await browser();

      t.setClock(at(7 * DAY_MS - 60_000));
      const joined = await client.trpc.auth.acceptInvite.mutate({
        token: earlyMail.token,
        password: freshPassword(),
      });
      expect(joined.account.id).toBe(owner.accountId);

      t.setClock(at(7 * DAY_MS));
      const expired = await refusalOf(client.trpc.auth.inviteInfo.query({ token: lateMail.token }));
      expect(expired.message).toBe(INVITATION_INVALID);
      const refused = await refusalOf(
        client.trpc.auth.acceptInvite.mutate({ token: lateMail.token, password: freshPassword() }),
      );
      expect(refused.data?.issues).toEqual([{ path: ['token'], message: INVITATION_INVALID }]);
      // An expired invitation is no longer pending.
      const listed = await owner.client.trpc.account.users.list.query();
      expect(listed.invitations).toEqual([]);
    } finally {
      t.setClock(null);
    }
  });

  it('refuses to invite an email that has a login, anywhere', async () => {
    const owner = await t.newAccount();
    const elsewhere = await t.newAccount();
    for (const email of [owner.email, elsewhere.email]) {
      const refusal = await refusalOf(
        owner.client.trpc.account.users.invite.mutate({ email, console: 'seller' }),
      );
      expect(refusal.data?.code).toBe('CONFLICT');
      expect(refusal.data?.issues).toEqual([
        { path: ['email'], message: 'This email already has an Offerdesk login' },
      ]);
    }
  });

  it('refuses to join when the email got a login meanwhile, and keeps the link open', async () => {
    const owner = await t.newAccount();
    const email = freshEmail();
    await owner.client.trpc.account.users.invite.mutate({ email, console: 'seller' });
    const mail = await mailTo(t, email, 'account.invitation');
    const signedUp = await browser();
    await signedUp.trpc.auth.signUp.mutate({
      email,
      password: freshPassword(),
      accountName: 'Own account',
    });
    const client = await browser();
    const refusal = await refusalOf(
      client.trpc.auth.acceptInvite.mutate({ token: mail.token, password: freshPassword() }),
    );
    expect(refusal.data?.code).toBe('CONFLICT');
    expect(refusal.data?.issues).toEqual([
      { path: ['email'], message: 'This email already has an Offerdesk login' },
    ]);
    expect(await client.trpc.auth.me.query()).toBeNull();
    expect((await client.trpc.auth.inviteInfo.query({ token: mail.token })).email).toBe(email);
  });

  it('replaces an earlier link when the same email is invited again', async () => {
    const owner = await t.newAccount();
    const email = freshEmail();
    await owner.client.trpc.account.users.invite.mutate({ email, console: 'seller' });
    await owner.client.trpc.account.users.invite.mutate({ email, console: 'seller' });
    const first = await mailTo(t, email, 'account.invitation', 1);
    const second = await mailTo(t, email, 'account.invitation', 2);
    const client = await browser();
    const stale = await refusalOf(client.trpc.auth.inviteInfo.query({ token: first.token }));
    expect(stale.message).toBe(INVITATION_INVALID);
    expect((await client.trpc.auth.inviteInfo.query({ token: second.token })).email).toBe(email);
    expect((await owner.client.trpc.account.users.list.query()).invitations).toHaveLength(1);
  });
});
