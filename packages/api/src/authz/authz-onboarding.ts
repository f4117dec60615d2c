// Inputs for the matrix rows of sign-up, password reset, invitations and account users: each
// call gets a fresh link or user of its own, made through the API and read from the mail a
// person would get (the outbox rows the development mailbox shows).
import { freshEmail, freshPassword, mailTo } from '../account/account-test-kit';
import type { Scenario } from './authz-fixture';

async function freshBrowser(s: Scenario) {
  const client = s.t.anonymous();
  await client.trpc.auth.me.query();
  return client;
}

/** An open invitation to the owning ISV's account, for a new email. */
export async function invitationFor(s: Scenario): Promise<{ token: string }> {
  const email = freshEmail('matrix-invitee');
  await s.clients.owningIsv.trpc.account.users.invite.mutate({ email, console: 'seller' });
  return { token: (await mailTo(s.t, email, 'account.invitation')).token };
}

/** A reset link of a login that signed up for the purpose. */
export async function resetLinkFor(s: Scenario): Promise<{ token: string; password: string }> {
  const email = freshEmail('matrix-reset');
  const browser = await freshBrowser(s);
  await browser.trpc.auth.signUp.mutate({
    email,
    password: freshPassword(),
    accountName: 'Matrix reset',
  });
  await browser.trpc.auth.requestPasswordReset.mutate({ email, console: 'seller' });
  const { token } = await mailTo(s.t, email, 'account.password-reset');
  return { token, password: freshPassword() };
}

/** A second user of the owning reseller's account, joined by invitation. */
export async function resellerColleague(s: Scenario): Promise<{ userId: string }> {
  const email = freshEmail('matrix-colleague');
  await s.clients.owningReseller.trpc.account.users.invite.mutate({ email, console: 'seller' });
  const { token } = await mailTo(s.t, email, 'account.invitation');
  const browser = await freshBrowser(s);
  const joined = await browser.trpc.auth.acceptInvite.mutate({ token, password: freshPassword() });
  return { userId: joined.user.id };
}

export const freshSignUp = () => ({
  email: freshEmail('matrix-sign-up'),
  password: freshPassword(),
  accountName: 'Matrix sign-up',
});

export const freshInvitation = () => ({
  email: freshEmail('matrix-invite'),
  console: 'buyer' as const,
});

/** An email without a login: the answer is the same as for one with. */
export const resetOfUnknownEmail = () => ({
  email: freshEmail('matrix-nobody'),
  console: 'seller' as const,
});
