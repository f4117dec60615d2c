import { z } from 'zod';
import { publicProcedure, router } from '../trpc';
import { logIn } from './auth-service';
import { CSRF_COOKIE, SESSION_COOKIE, serializeCookie } from './cookies';
import { deleteSession } from './sessions';

const loginInput = z.object({
  email: z.string().trim().min(1, 'Enter your email').max(320, 'This email is too long'),
  password: z.string().min(1, 'Enter your password').max(1024, 'This password is too long'),
});

export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => {
    if (!ctx.session) return null;
    const { userId, email, accountId, accountName } = ctx.session;
    return { user: { id: userId, email }, account: { id: accountId, name: accountName } };
  }),

  login: publicProcedure.input(loginInput).mutation(async ({ ctx, input }) => {
    const result = await logIn(ctx.db, ctx.config, { ...input, ip: ctx.ip });
    // A new session ID on every login; the session the browser carried is ended, but only
    // once the new one exists, so a mistyped password does not sign anyone out.
    if (ctx.session) await deleteSession(ctx.db, ctx.session.sessionId);
    const secure = ctx.config.secureCookies;
    ctx.setCookie(serializeCookie(SESSION_COOKIE, result.token, { httpOnly: true, secure }));
    ctx.setCookie(serializeCookie(CSRF_COOKIE, result.csrfToken, { httpOnly: false, secure }));
    return result.me;
  }),

  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await deleteSession(ctx.db, ctx.session.sessionId);
    ctx.setCookie(
      serializeCookie(SESSION_COOKIE, '', {
        httpOnly: true,
        secure: ctx.config.secureCookies,
        maxAgeSeconds: 0,
      }),
    );
    return { ok: true as const };
  }),
});
