// Password reset by email (SPEC §1, §12). The request answers the same, after the same work,
// whether or not the email has a login: it only queues a job (password-reset-job.ts), which
// looks the email up and mails a single-use link valid for 1 hour. Choosing the new password
// uses up every open link of that login and ends all of its sessions.
import { accountMessages, type Console } from '@offerdesk/core';
import type { Services } from '../context';
import { AppError } from '../errors';
import type { PasswordResetRequest } from './password-reset-job';
import { hashPassword } from './passwords';
import { assertAllowed, recordAttempt } from './rate-limit';
import { endSessionsOf } from './sessions';
import { hashToken } from './tokens';

export const PASSWORD_RESET_REQUEST_JOB = 'password-reset-request' as const;

export async function requestPasswordReset(
  services: Pick<Services, 'db' | 'config' | 'jobs' | 'clock'>,
  input: { email: string; console: Console; ip: string },
): Promise<{ ok: true }> {
  const { db, config, jobs, clock } = services;
  const who = { email: input.email, ip: input.ip };
  await assertAllowed(db, 'password-reset', who, config.loginLimits);
  await db.transaction().execute(async (tx) => {
    await recordAttempt(tx, 'password-reset', who);
    // The link's address and validity are fixed here, by the process that was asked, not by
    // whichever worker runs the job.
    const request: PasswordResetRequest = {
      email: input.email,
      console: input.console,
      publicUrl: config.publicUrl,
      requestedAt: clock.now().toISOString(),
    };
    await jobs.send(tx, PASSWORD_RESET_REQUEST_JOB, request);
  });
  jobs.wake(PASSWORD_RESET_REQUEST_JOB);
  return { ok: true };
}

const linkInvalid = () => AppError.field(['token'], accountMessages.resetLinkInvalid);

export async function resetPassword(
  services: Pick<Services, 'db' | 'config' | 'clock' | 'sessions'>,
  input: { token: string; password: string },
): Promise<{ ok: true }> {
  const { db, config, clock } = services;
  const pending = await db
    .selectFrom('password_resets')
    .innerJoin('users', 'users.id', 'password_resets.user_id')
    .select(['password_resets.id', 'users.email'])
    .where('password_resets.token_hash', '=', hashToken(input.token))
    .where('password_resets.used_at', 'is', null)
    .where('password_resets.expires_at', '>', clock.sqlNow())
    .where('users.removed_at', 'is', null)
    .executeTakeFirst();
  if (!pending) throw linkInvalid(); // checked before hashing: a bad link costs no argon2 work
  const passwordHash = await hashPassword(input.password, config.passwordHashing);
  const userId = await db.transaction().execute(async (tx) => {
    const used = await tx
      .updateTable('password_resets')
      .set({ used_at: clock.now() })
      .where('id', '=', pending.id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', clock.sqlNow())
      .returning('user_id')
      .executeTakeFirst();
    if (!used) throw linkInvalid(); // used by a concurrent request, or expired meanwhile
    await tx
      .updateTable('users')
      .set({ password_hash: passwordHash })
      .where('id', '=', used.user_id)
      .execute();
    await tx
      .updateTable('password_resets')
      .set({ used_at: clock.now() })
      .where('user_id', '=', used.user_id)
      .where('used_at', 'is', null)
      .execute();
    await endSessionsOf(tx, used.user_id);
    // Whoever holds the mailbox may sign in at once, even after failed attempts.
    await tx
      .deleteFrom('login_failures')
      .where('kind', '=', 'sign-in')
      .where('email', '=', pending.email)
      .execute();
    return used.user_id;
  });
  services.sessions.forget({ userId });
  return { ok: true };
}
