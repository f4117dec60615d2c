// Sign-up (SPEC §1): a new account with a random 12-digit ID and its first user. The caller
// starts the session. A taken email gets a refusal that says no more than that it cannot be
// used; sign-ups are throttled per email and client address like sign-in failures.
import { accountMessages, newAccountId } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { addUser, emailHasLogin } from '../account/users';
import type { Services } from '../context';
import { AppError } from '../errors';
import { hashPassword } from './passwords';
import { assertAllowed, recordAttempt } from './rate-limit';
import type { SignedIn } from './sign-in';

/** A collision among 9·10¹¹ IDs is rare; ten in a row means something else is wrong. */
const ACCOUNT_ID_ATTEMPTS = 10;

/** Creates the account under a random ID not taken yet, drawing again on a collision. */
export async function insertAccount(
  db: Kysely<Database>,
  name: string,
  nextId: () => string = newAccountId,
): Promise<string> {
  for (let attempt = 0; attempt < ACCOUNT_ID_ATTEMPTS; attempt++) {
    const row = await db
      .insertInto('accounts')
      .values({ id: nextId(), name })
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) return row.id;
  }
  throw new Error(`no free account ID in ${ACCOUNT_ID_ATTEMPTS} draws`);
}

const emailTaken = () => AppError.field(['email'], accountMessages.emailTaken, 'CONFLICT');

export async function signUp(
  services: Pick<Services, 'db' | 'config'>,
  input: { email: string; password: string; accountName: string; ip: string },
): Promise<SignedIn> {
  const { db, config } = services;
  const who = { email: input.email, ip: input.ip };
  await assertAllowed(db, 'sign-up', who, config.loginLimits);
  await recordAttempt(db, 'sign-up', who);
  if (await emailHasLogin(db, input.email)) throw emailTaken();
  const passwordHash = await hashPassword(input.password, config.passwordHashing);
  return db.transaction().execute(async (tx) => {
    const accountId = await insertAccount(tx, input.accountName);
    const userId = await addUser(tx, { accountId, email: input.email, passwordHash });
    if (!userId) throw emailTaken(); // taken meanwhile: the account goes with the transaction
    return {
      user: { id: userId, email: input.email },
      account: { id: accountId, name: input.accountName },
    };
  });
}
