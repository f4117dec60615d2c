// buyer.agreements: the buyer account's agreements, with what it pays and nothing else (no
// ISV amounts, no reseller margin). Merged into the buyer router as `agreements`.
import { buyerProcedure, router } from '../trpc';
import { buyerAgreementsListInput } from './agreement-input';
import { listBuyerAgreements } from './list-agreements';

export const buyerAgreementsRouter = router({
  list: buyerProcedure
    .input(buyerAgreementsListInput)
    .query(({ ctx, input }) => listBuyerAgreements(ctx.db, ctx.session.accountId, input)),
});
