// Where sign-in, sign-up and accepting an invitation all end: a new session for the user on
// this browser, with its session and CSRF cookies.
import type { Context } from '../context';
import { CSRF_COOKIE, SESSION_COOKIE, serializeCookie } from './cookies';
import { createSession, deleteSession } from './sessions';

/** What auth.me, auth.login, auth.signUp and auth.acceptInvite answer. */
export type SignedIn = {
  user: { id: string; email: string };
  account: { id: string; name: string };
};

export async function startSession(ctx: Context, signedIn: SignedIn): Promise<SignedIn> {
  const { token, csrfToken } = await createSession(ctx.db, {
    userId: signedIn.user.id,
    accountId: signedIn.account.id,
  });
  // A new session ID on every sign-in; the session the browser carried is ended, but only
  // once the new one exists, so a refused attempt does not sign anyone out.
  if (ctx.session) await deleteSession(ctx, ctx.session.sessionId);
  const secure = ctx.config.secureCookies;
  ctx.setCookie(serializeCookie(SESSION_COOKIE, token, { httpOnly: true, secure }));
  ctx.setCookie(serializeCookie(CSRF_COOKIE, csrfToken, { httpOnly: false, secure }));
  return signedIn;
}
