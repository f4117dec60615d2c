// Sign-in. The same answer for an unknown email and a wrong password, after the same work (a
// decoy hash is verified for unknown emails).
import type { Database, Kysely } from '@offerdesk/db';
import type { ApiConfig } from '../config';
import { AppError } from '../errors';
import { decoyHash, verifyPassword } from './passwords';
import { assertAllowed, recordAttempt } from './rate-limit';
import type { SignedIn } from './sign-in';

export const WRONG_CREDENTIALS = 'The email or password is not correct.';

/** The user these credentials belong to; the caller starts the session. */
export async function logIn(
  db: Kysely<Database>,
  config: ApiConfig,
  input: { email: string; password: string; ip: string },
): Promise<SignedIn> {
  const who = { email: input.email.trim().toLowerCase(), ip: input.ip };
  await assertAllowed(db, 'sign-in', who, config.loginLimits);
  const user = await db
    .selectFrom('users')
    .innerJoin('accounts', 'accounts.id', 'users.account_id')
    .select(['users.id', 'users.password_hash', 'users.account_id', 'accounts.name'])
    .where('users.email', '=', who.email)
    .where('users.removed_at', 'is', null)
    .executeTakeFirst();
  const ok = await verifyPassword(
    user?.password_hash ?? (await decoyHash(config.passwordHashing)),
    input.password,
  );
  if (!user || !ok) {
    await recordAttempt(db, 'sign-in', who);
    throw AppError.field(['password'], WRONG_CREDENTIALS, 'UNAUTHENTICATED');
  }
  return {
    user: { id: user.id, email: who.email },
    account: { id: user.account_id, name: user.name },
  };
}
