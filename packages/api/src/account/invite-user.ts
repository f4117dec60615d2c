// Inviting someone to the account by email (SPEC §1): a single-use link valid for 7 days that
// lets the invitee choose a password and join (auth.acceptInvite). Inviting the same email
// again replaces the earlier link, so only the latest mail works.
import { accountMessages, type Console, INVITATION_VALID_DAYS } from '@offerdesk/core';
import { hashToken, newToken } from '../auth/tokens';
import type { Services } from '../context';
import { AppError } from '../errors';
import { accountTemplates } from '../mail/account-templates';
import { enqueueAccountMail } from '../notifications/account-mail';
import { emailHasLogin } from './users';

const DAY_MS = 86_400_000;

export type Inviter = { userId: string; email: string; accountId: string; accountName: string };

export async function inviteUser(
  services: Pick<Services, 'db' | 'clock' | 'config' | 'jobs'>,
  inviter: Inviter,
  input: { email: string; console: Console },
): Promise<{ id: string; email: string; expiresAt: string }> {
  const { db, clock, config, jobs } = services;
  if (await emailHasLogin(db, input.email)) {
    throw AppError.field(['email'], accountMessages.emailHasLogin, 'CONFLICT');
  }
  const token = newToken();
  const createdAt = clock.now();
  const expiresAt = new Date(createdAt.getTime() + INVITATION_VALID_DAYS * DAY_MS);
  const invitation = await db.transaction().execute(async (tx) => {
    await tx
      .deleteFrom('invitations')
      .where('account_id', '=', inviter.accountId)
      .where('email', '=', input.email)
      .where('used_at', 'is', null)
      .execute();
    const row = await tx
      .insertInto('invitations')
      .values({
        account_id: inviter.accountId,
        email: input.email,
        token_hash: hashToken(token),
        invited_by_user_id: inviter.userId,
        created_at: createdAt,
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const url = `${config.publicUrl}/${input.console}/join?token=${token}`;
    await enqueueAccountMail(tx, {
      event: 'account.invitation',
      linkId: row.id,
      accountId: inviter.accountId,
      to: input.email,
      message: accountTemplates.invitation(
        {
          email: input.email,
          invitedBy: inviter.email,
          account: { accountId: inviter.accountId, accountName: inviter.accountName },
        },
        { url, expiresAt },
      ),
    });
    return row;
  });
  jobs.wake('mail');
  return { id: invitation.id, email: input.email, expiresAt: expiresAt.toISOString() };
}
