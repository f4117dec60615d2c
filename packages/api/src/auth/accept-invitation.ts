// The invitee's side of an invitation (account/invite-user.ts): what the link shows before the
// invitee chooses a password, and joining the account with it. The link works once, for 7
// days; an email that got a login meanwhile cannot join.
import { accountMessages } from '@offerdesk/core';
import { addUser, emailHasLogin } from '../account/users';
import type { Services } from '../context';
import { AppError } from '../errors';
import { hashPassword } from './passwords';
import type { SignedIn } from './sign-in';
import { hashToken } from './tokens';

const invitationInvalid = () => AppError.field(['token'], accountMessages.invitationInvalid);
const emailHasLoginError = () =>
  AppError.field(['email'], accountMessages.emailHasLogin, 'CONFLICT');

async function findOpenInvitation(services: Pick<Services, 'db' | 'clock'>, token: string) {
  const invitation = await services.db
    .selectFrom('invitations')
    .innerJoin('accounts', 'accounts.id', 'invitations.account_id')
    .select([
      'invitations.id',
      'invitations.email',
      'invitations.expires_at',
      'invitations.account_id',
      'accounts.name',
    ])
    .where('invitations.token_hash', '=', hashToken(token))
    .where('invitations.used_at', 'is', null)
    .where('invitations.expires_at', '>', services.clock.sqlNow())
    .executeTakeFirst();
  if (!invitation) throw invitationInvalid();
  return invitation;
}

export async function invitationInfo(
  services: Pick<Services, 'db' | 'clock'>,
  token: string,
): Promise<{ accountName: string; email: string; expiresAt: string }> {
  const invitation = await findOpenInvitation(services, token);
  return {
    accountName: invitation.name,
    email: invitation.email,
    expiresAt: new Date(invitation.expires_at).toISOString(),
  };
}

/** Creates the invited login in the inviting account; the caller starts the session. */
export async function acceptInvitation(
  services: Pick<Services, 'db' | 'clock' | 'config'>,
  input: { token: string; password: string },
): Promise<SignedIn> {
  const { db, clock, config } = services;
  const invitation = await findOpenInvitation(services, input.token);
  if (await emailHasLogin(db, invitation.email)) throw emailHasLoginError();
  const passwordHash = await hashPassword(input.password, config.passwordHashing);
  return db.transaction().execute(async (tx) => {
    const used = await tx
      .updateTable('invitations')
      .set({ used_at: clock.now() })
      .where('id', '=', invitation.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', clock.sqlNow())
      .returning('id')
      .executeTakeFirst();
    if (!used) throw invitationInvalid(); // used by a concurrent request, or expired meanwhile
    const userId = await addUser(tx, {
      accountId: invitation.account_id,
      email: invitation.email,
      passwordHash,
    });
    if (!userId) throw emailHasLoginError(); // the invitation stays open with the rollback
    return {
      user: { id: userId, email: invitation.email },
      account: { id: invitation.account_id, name: invitation.name },
    };
  });
}
