// The users of an account (SPEC §1): who may sign in to it. A removed user keeps its row, as
// offers, authorizations and their history name it, but it signs in no more and its email is
// free for a new login (the unique index covers users not removed only).

import { accountMessages } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import type { SessionCache } from '../auth/session-cache';
import { endSessionsOf } from '../auth/sessions';
import type { Clock } from '../clock';
import { AppError } from '../errors';

export type AccountUser = { id: string; email: string; createdAt: string; isYou: boolean };
export type PendingInvitation = { id: string; email: string; createdAt: string; expiresAt: string };

/** Whether a login (a user not removed) has this email, in any account. */
export async function emailHasLogin(db: Kysely<Database>, email: string): Promise<boolean> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .where('removed_at', 'is', null)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds a login to the account; null when the email has one already (a concurrent sign-up). */
export async function addUser(
  db: Kysely<Database>,
  user: { accountId: string; email: string; passwordHash: string },
): Promise<string | null> {
  const row = await db
    .insertInto('users')
    .values({ account_id: user.accountId, email: user.email, password_hash: user.passwordHash })
    .onConflict((oc) => oc.column('email').where('removed_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function listUsers(
  db: Kysely<Database>,
  clock: Clock,
  caller: { accountId: string; userId: string },
): Promise<{ users: AccountUser[]; invitations: PendingInvitation[] }> {
  const [users, invitations] = await Promise.all([
    db
      .selectFrom('users')
      .select(['id', 'email', 'created_at'])
      .where('account_id', '=', caller.accountId)
      .where('removed_at', 'is', null)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('invitations')
      .select(['id', 'email', 'created_at', 'expires_at'])
      .where('account_id', '=', caller.accountId)
      .where('used_at', 'is', null)
      .where('expires_at', '>', clock.sqlNow())
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
  ]);
  return {
    users: users.map((u) => ({
      id: u.id,
      email: u.email,
      createdAt: new Date(u.created_at).toISOString(),
      isYou: u.id === caller.userId,
    })),
    invitations: invitations.map((i) => ({
      id: i.id,
      email: i.email,
      createdAt: new Date(i.created_at).toISOString(),
      expiresAt: new Date(i.expires_at).toISOString(),
    })),
  };
}

/** Removes a user of the caller's account and ends its sessions; the last user stays. */
export async function removeUser(
  services: { db: Kysely<Database>; clock: Clock; sessions: SessionCache },
  accountId: string,
  userId: string,
): Promise<{ ok: true }> {
  const { db, clock } = services;
  await db.transaction().execute(async (tx) => {
    // Locks the account's users: two removals at once cannot leave it with none.
    const users = await tx
      .selectFrom('users')
      .select('id')
      .where('account_id', '=', accountId)
      .where('removed_at', 'is', null)
      .forUpdate()
      .execute();
    if (!users.some((u) => u.id === userId)) throw AppError.notFound('This user');
    if (users.length === 1) {
      throw AppError.field(['userId'], accountMessages.lastUser, 'PRECONDITION_FAILED');
    }
    await tx
      .updateTable('users')
      .set({ removed_at: clock.now() })
      .where('id', '=', userId)
      .execute();
    await endSessionsOf(tx, userId);
  });
  services.sessions.forget({ userId });
  return { ok: true };
}
