// agreements (seller side, read only): agreements of offers this seller sold, with every
// amount, and of its products sold by resellers, with the ISV's own amounts only (SPEC §7).
import { router, sellerProcedure } from '../trpc';
import { agreementIdInput, agreementsListInput } from './agreement-input';
import { getSellerAgreement } from './get-agreement';
import { listSellerAgreements } from './list-agreements';

export const agreementsRouter = router({
  list: sellerProcedure
    .input(agreementsListInput)
    .query(({ ctx, input }) => listSellerAgreements(ctx.db, ctx.session.accountId, input)),
  get: sellerProcedure
    .input(agreementIdInput)
    .query(({ ctx, input }) =>
      getSellerAgreement(ctx.db, ctx.session.accountId, input.agreementId),
    ),
});
