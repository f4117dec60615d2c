// Sign-in and sign-out. The same answer for an unknown email and a wrong password, after the
// same work (a decoy hash is verified for unknown emails).
import type { Database, Kysely } from '@offerdesk/db';
import type { ApiConfig } from '../config';
import { AppError } from '../errors';
import { decoyHash, verifyPassword } from './passwords';
import { assertLoginAllowed, recordLoginFailure } from './rate-limit';
import { createSession } from './sessions';

export const WRONG_CREDENTIALS = 'The email or password is not correct.';

export async function logIn(
  db: Kysely<Database>,
  config: ApiConfig,
  input: { email: string; password: string; ip: string },
) {
  const email = input.email.trim().toLowerCase();
  await assertLoginAllowed(db, email, input.ip, config.loginLimits);
  const user = await db
    .selectFrom('users')
    .innerJoin('accounts', 'accounts.id', 'users.account_id')
    .select(['users.id', 'users.password_hash', 'users.account_id', 'accounts.name'])
    .where('users.email', '=', email)
    .executeTakeFirst();
  const ok = await verifyPassword(
    user?.password_hash ?? (await decoyHash(config.passwordHashing)),
    input.password,
  );
  if (!user || !ok) {
    await recordLoginFailure(db, email, input.ip);
    throw AppError.field(['password'], WRONG_CREDENTIALS, 'UNAUTHENTICATED');
  }
  const session = await createSession(db, { userId: user.id, accountId: user.account_id });
  return {
    ...session,
    me: { user: { id: user.id, email }, account: { id: user.account_id, name: user.name } },
  };
}
