// Server-side sessions: the cookie holds a random token, the table holds its SHA-256, so a
// read of the table cannot be replayed as a cookie. Sessions end after `sessionIdleHours` idle.
import { createHash, randomBytes } from 'node:crypto';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';

export type SessionUser = {
  sessionId: string;
  userId: string;
  email: string;
  accountId: string;
  accountName: string;
  csrfToken: string;
};

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Kysely<Database>,
  user: { userId: string; accountId: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: tokenId(token),
      user_id: user.userId,
      account_id: user.accountId,
      csrf_token: csrfToken,
    })
    .execute();
  return { token, csrfToken };
}

export async function findSession(
  db: Kysely<Database>,
  token: string,
  idleHours: number,
): Promise<SessionUser | null> {
  const id = tokenId(token);
  const row = await db
    .updateTable('sessions')
    .set({ last_seen_at: sql`now()` })
    .where('sessions.id', '=', id)
    .where(sql<boolean>`last_seen_at > now() - make_interval(hours => ${idleHours})`)
    .returning(['user_id', 'account_id', 'csrf_token'])
    .executeTakeFirst();
  if (!row) return null;
  const who = await db
    .selectFrom('users')
    .innerJoin('accounts', 'accounts.id', 'users.account_id')
    .select(['users.email', 'accounts.name'])
    .where('users.id', '=', row.user_id)
    .executeTakeFirst();
  if (!who) return null;
  return {
    sessionId: id,
    userId: row.user_id,
    email: who.email,
    accountId: row.account_id,
    accountName: who.name,
    csrfToken: row.csrf_token,
  };
}

export async function deleteSession(db: Kysely<Database>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}
