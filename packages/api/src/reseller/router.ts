// reseller: the opportunities (resale authorizations granted to this seller, SPEC §7
// "Partners") and accepting their reseller contract.

import { authorizationIdInput, listAuthorizationsInput } from '../isv/authorization-input';
import { getAuthorization, listAuthorizations } from '../isv/authorization-views';
import { router, sellerProcedure } from '../trpc';
import { acceptContract } from './accept-contract';

const resellerSide = (accountId: string) => ({ side: 'reseller' as const, accountId });

export const resellerRouter = router({
  opportunities: router({
    list: sellerProcedure
      .input(listAuthorizationsInput)
      .query(({ ctx, input }) =>
        listAuthorizations(ctx.db, resellerSide(ctx.session.accountId), input, ctx.clock.now()),
      ),
    get: sellerProcedure
      .input(authorizationIdInput)
      .query(({ ctx, input }) =>
        getAuthorization(
          ctx.db,
          resellerSide(ctx.session.accountId),
          input.authorizationId,
          ctx.clock.now(),
        ),
      ),
  }),
  acceptContract: sellerProcedure
    .input(authorizationIdInput)
    .mutation(({ ctx, input }) =>
      acceptContract(ctx.db, ctx.session, input.authorizationId, ctx.clock),
    ),
});
