// What the onboarding tests read and make: the account mail a person would open (from the
// outbox rows that the development mailbox shows), fresh emails, and extra users.
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { hashPassword } from '../auth/passwords';
import { FAST_HASHING, TEST_PASSWORD } from '../testing/test-client';
import type { TestWorld } from '../testing/test-world';

export type AccountMailEvent = 'account.password-reset' | 'account.invitation';

export type ReceivedAccountMail = { subject: string; text: string; url: string; token: string };

export const freshEmail = (label = 'person') => `${label}-${randomUUID()}@test.example`;

/** A password nobody else uses, long enough and not on the common list. */
export const freshPassword = () => `new secret ${randomUUID().slice(0, 8)}`;

/** The `count`-th account mail of this kind to `email` (they are made by a job: waits). */
export async function mailTo(
  t: TestWorld,
  email: string,
  event: AccountMailEvent,
  count = 1,
): Promise<ReceivedAccountMail> {
  const until = Date.now() + 15_000;
  for (;;) {
    const rows = await t.handle.db
      .selectFrom('notifications')
      .select(['subject', 'body_text'])
      .where('event', '=', event)
      .where(sql<boolean>`${email} = ANY(email_to)`)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    const row = rows[count - 1];
    if (row) {
      const url = /https?:\/\/\S+\?token=[A-Za-z0-9_-]+/.exec(row.body_text)?.[0];
      if (!url) throw new Error(`no link in the mail "${row.subject}"`);
      const token = new URL(url).searchParams.get('token') ?? '';
      return { subject: row.subject, text: row.body_text, url, token };
    }
    if (Date.now() > until) throw new Error(`no ${event} mail #${count} to ${email}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Another login in an existing account (password TEST_PASSWORD), written directly. */
export async function addTestUser(
  t: TestWorld,
  accountId: string,
  email = freshEmail('colleague'),
) {
  const user = await t.handle.db
    .insertInto('users')
    .values({
      account_id: accountId,
      email,
      password_hash: await hashPassword(TEST_PASSWORD, FAST_HASHING),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { userId: user.id, email };
}
