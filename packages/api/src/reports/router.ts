import { router, sellerProcedure } from '../trpc';
import { acceptanceReport } from './acceptance';
import { offersByStatus } from './offers-by-status';
import { monthRangeInput, periodInput, resolvePeriod, roleInput } from './report-input';
import { revenueByMonth } from './revenue-by-month';
import { upcomingDisbursements } from './upcoming-disbursements';

/** reports.* — the seller's reports, as reseller or (own amounts only) as ISV. */
export const reportsRouter = router({
  offersByStatus: sellerProcedure
    .input(roleInput)
    .query(({ ctx, input }) =>
      offersByStatus(ctx.db, ctx.session.accountId, input.role, ctx.clock.now()),
    ),
  acceptance: sellerProcedure
    .input(periodInput)
    .query(({ ctx, input }) =>
      acceptanceReport(
        ctx.db,
        ctx.session.accountId,
        input.role,
        resolvePeriod(input, ctx.clock.now()),
      ),
    ),
  revenueByMonth: sellerProcedure
    .input(monthRangeInput)
    .query(({ ctx, input }) =>
      revenueByMonth(ctx.db, ctx.session.accountId, input.role, input, ctx.clock.now()),
    ),
  upcomingDisbursements: sellerProcedure
    .input(roleInput)
    .query(({ ctx, input }) => upcomingDisbursements(ctx.db, ctx.session.accountId, input.role)),
});
