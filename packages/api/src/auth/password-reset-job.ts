// The 'password-reset-request' job: the lookup and mail behind auth.requestPasswordReset. An
// email without a login gets nothing (mailing it would let anyone send mail to any address).
import { PASSWORD_RESET_VALID_MINUTES, passwordResetRequestSchema } from '@offerdesk/core';
import { z } from 'zod';
import type { Services } from '../context';
import type { JobAttempt } from '../jobs/job-handlers';
import { accountTemplates } from '../mail/account-templates';
import { enqueueAccountMail } from '../notifications/account-mail';
import { hashToken, newToken } from './tokens';

const requestSchema = passwordResetRequestSchema.extend({
  publicUrl: z.url(),
  requestedAt: z.iso.datetime(),
});

/** The job's data: what was asked, where its link leads, and when (the hour runs from then). */
export type PasswordResetRequest = z.infer<typeof requestSchema>;

export async function runPasswordResetRequestJob(
  services: Services,
  job: JobAttempt,
): Promise<void> {
  const request = requestSchema.safeParse(job.data);
  if (!request.success) {
    services.logger.error({ jobId: job.id }, 'password-reset-request job without a valid request');
    return;
  }
  const mailed = await mailPasswordReset(services, request.data);
  services.logger.info({ jobId: job.id, mailed }, 'password-reset-request');
}

/** Mails a reset link to the login with this email, if there is one; true when it did. */
export async function mailPasswordReset(
  services: Pick<Services, 'db' | 'jobs'>,
  request: PasswordResetRequest,
): Promise<boolean> {
  const { db, jobs } = services;
  const user = await db
    .selectFrom('users')
    .innerJoin('accounts', 'accounts.id', 'users.account_id')
    .select(['users.id', 'users.account_id', 'accounts.name'])
    .where('users.email', '=', request.email)
    .where('users.removed_at', 'is', null)
    .executeTakeFirst();
  if (!user) return false;
  const token = newToken();
  const createdAt = new Date(request.requestedAt);
  const expiresAt = new Date(createdAt.getTime() + PASSWORD_RESET_VALID_MINUTES * 60_000);
  await db.transaction().execute(async (tx) => {
    const reset = await tx
      .insertInto('password_resets')
      .values({
        user_id: user.id,
        token_hash: hashToken(token),
        created_at: createdAt,
        expires_at: expiresAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const url = `${request.publicUrl}/${request.console}/reset-password?token=${token}`;
    await enqueueAccountMail(tx, {
      event: 'account.password-reset',
      linkId: reset.id,
      accountId: user.account_id,
      to: request.email,
      message: accountTemplates.passwordReset(
        { email: request.email, account: { accountId: user.account_id, accountName: user.name } },
        { url, expiresAt },
      ),
    });
  });
  jobs.wake('mail');
  return true;
}
