// Server-side sessions: the cookie holds a random token, the table holds its SHA-256, so a
// read of the table cannot be replayed as a cookie. Sessions end after `sessionIdleHours` idle.
import { compiledOnce, type Database, type Kysely, PREPARED } from '@offerdesk/db';
import { sql } from 'kysely';
import type { SessionCache } from './session-cache';
import { hashToken, newToken } from './tokens';

/** Re-exported for the request context, which issues the CSRF cookie. */
export { newToken };

export type SessionUser = {
  sessionId: string;
  userId: string;
  email: string;
  accountId: string;
  accountName: string;
  csrfToken: string;
};

/** How often last_seen_at is written while a session is in use. */
const SEEN_GRANULARITY = '1 minute';

export async function createSession(
  db: Kysely<Database>,
  user: { userId: string; accountId: string },
): Promise<{ token: string; csrfToken: string }> {
  const token = newToken();
  const csrfToken = newToken();
  await db
    .insertInto('sessions')
    .values({
      id: hashToken(token),
      user_id: user.userId,
      account_id: user.accountId,
      csrf_token: csrfToken,
    })
    .execute();
  return { token, csrfToken };
}

/** The session's row with its user and account, touched once a minute (see SEEN_GRANULARITY). */
const sessionStatement = compiledOnce(
  (db, { id, idleHours }: { id: string; idleHours: number }) => {
    const live = sql<boolean>`sessions.last_seen_at > now() - make_interval(hours => ${idleHours})`;
    return db
      .with('touched', (db) =>
        db
          .updateTable('sessions')
          .set({ last_seen_at: sql`now()` })
          .where('sessions.id', '=', id)
          .where(sql<boolean>`sessions.last_seen_at < now() - ${SEEN_GRANULARITY}::interval`)
          .where(live)
          .returning('sessions.id'),
      )
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .innerJoin('accounts', 'accounts.id', 'users.account_id')
      .select([
        'sessions.user_id',
        'sessions.account_id',
        'sessions.csrf_token',
        'users.email',
        'accounts.name',
      ])
      .where('sessions.id', '=', id)
      .where(live)
      .where('users.removed_at', 'is', null)
      .modifyFront(PREPARED);
  },
);

/**
 * The signed-in user behind a cookie token, in one statement. last_seen_at moves at most once
 * a minute, so idle expiry is exact to that minute; the move rides in the same statement (a
 * data-modifying CTE) instead of a second round trip. Most reads find the session seen within
 * the minute: the CTE then updates no row, and the statement writes nothing (no WAL, no row
 * lock shared with the same user's other requests). The touch carries the read's own idle
 * condition, so an idle-expired session is never revived; the read sees the row as it was
 * before the touch.
 */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  idleHours: number,
): Promise<SessionUser | null> {
  const id = hashToken(token);
  const [row] = await sessionStatement(db, { id, idleHours });
  if (!row) return null;
  return {
    sessionId: id,
    userId: row.user_id,
    email: row.email,
    accountId: row.account_id,
    accountName: row.name,
    csrfToken: row.csrf_token,
  };
}

/** The signed-in user behind a cookie token, through this process's session cache. */
export function lookupSession(
  services: { db: Kysely<Database>; sessions: SessionCache; config: { sessionIdleHours: number } },
  token: string,
): Promise<SessionUser | null> {
  return services.sessions.read(hashToken(token), () =>
    findSession(services.db, token, services.config.sessionIdleHours),
  );
}

/** Ends one session (sign-out, or a new sign-in replacing it). */
export async function deleteSession(
  services: { db: Kysely<Database>; sessions: SessionCache },
  sessionId: string,
): Promise<void> {
  await services.db.deleteFrom('sessions').where('id', '=', sessionId).execute();
  services.sessions.forget({ sessionId });
}

/**
 * Signs the user out everywhere: after a password reset, or when removed from the account.
 * In the caller's transaction: the caller tells its session cache once it has committed.
 */
export async function endSessionsOf(db: Kysely<Database>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}
