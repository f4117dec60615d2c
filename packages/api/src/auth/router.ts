import {
  acceptInvitationSchema,
  invitationInfoSchema,
  passwordResetRequestSchema,
  passwordResetSchema,
  signUpSchema,
} from '@offerdesk/core';
import { z } from 'zod';
import { publicProcedure, router } from '../trpc';
import { acceptInvitation, invitationInfo } from './accept-invitation';
import { logIn } from './auth-service';
import { SESSION_COOKIE, serializeCookie } from './cookies';
import { requestPasswordReset, resetPassword } from './password-reset';
import { deleteSession } from './sessions';
import { startSession } from './sign-in';
import { signUp } from './sign-up';

const loginInput = z.object({
  email: z.string().trim().min(1, 'Enter your email').max(320, 'This email is too long'),
  password: z.string().min(1, 'Enter your password').max(1024, 'This password is too long'),
});

/** auth.* — public: signing in and out, signing up, password reset, joining by invitation. */
export const authRouter = router({
  me: publicProcedure.query(({ ctx }) => {
    if (!ctx.session) return null;
    const { userId, email, accountId, accountName } = ctx.session;
    return { user: { id: userId, email }, account: { id: accountId, name: accountName } };
  }),
  login: publicProcedure
    .input(loginInput)
    .mutation(async ({ ctx, input }) =>
      startSession(ctx, await logIn(ctx.db, ctx.config, { ...input, ip: ctx.ip })),
    ),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    if (ctx.session) await deleteSession(ctx, ctx.session.sessionId);
    ctx.setCookie(
      serializeCookie(SESSION_COOKIE, '', {
        httpOnly: true,
        secure: ctx.config.secureCookies,
        maxAgeSeconds: 0,
      }),
    );
    return { ok: true as const };
  }),
  signUp: publicProcedure
    .input(signUpSchema)
    .mutation(async ({ ctx, input }) =>
      startSession(ctx, await signUp(ctx, { ...input, ip: ctx.ip })),
    ),
  requestPasswordReset: publicProcedure
    .input(passwordResetRequestSchema)
    .mutation(({ ctx, input }) => requestPasswordReset(ctx, { ...input, ip: ctx.ip })),
  resetPassword: publicProcedure
    .input(passwordResetSchema)
    .mutation(({ ctx, input }) => resetPassword(ctx, input)),
  inviteInfo: publicProcedure
    .input(invitationInfoSchema)
    .query(({ ctx, input }) => invitationInfo(ctx, input.token)),
  acceptInvite: publicProcedure
    .input(acceptInvitationSchema)
    .mutation(async ({ ctx, input }) => startSession(ctx, await acceptInvitation(ctx, input))),
});
