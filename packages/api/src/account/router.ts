import { accountMessages, invitationSchema, registrationUpdateSchema } from '@offerdesk/core';
import { z } from 'zod';
import { getRegistration, updateRegistration } from '../sellers/registration-parts';
import { accountProcedure, router } from '../trpc';
import { inviteUser } from './invite-user';
import { listUsers, removeUser } from './users';

/** account.* — the caller's own account: its users and its seller registration. */
export const accountRouter = router({
  users: router({
    list: accountProcedure.query(({ ctx }) => listUsers(ctx.db, ctx.clock, ctx.session)),
    invite: accountProcedure
      .input(invitationSchema)
      .mutation(({ ctx, input }) => inviteUser(ctx, ctx.session, input)),
    remove: accountProcedure
      .input(z.object({ userId: z.uuid(accountMessages.userId) }))
      .mutation(({ ctx, input }) => removeUser(ctx, ctx.session.accountId, input.userId)),
  }),
  registration: router({
    get: accountProcedure.query(({ ctx }) => getRegistration(ctx.db, ctx.session.accountId)),
    update: accountProcedure
      .input(registrationUpdateSchema)
      .mutation(({ ctx, input }) => updateRegistration(ctx.db, ctx.session.accountId, input)),
  }),
});
