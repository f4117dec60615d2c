import { z } from 'zod';
import { listInput } from '../invoices/list-cursor';
import { router, sellerProcedure } from '../trpc';
import { listDisbursements } from './list-disbursements';

/** disbursements.* — the signed-in seller's own payouts (as ISV and as reseller). */
export const disbursementsRouter = router({
  list: sellerProcedure
    .input(
      z.object({ status: z.enum(['SCHEDULED', 'PAID_OUT']).nullish(), ...listInput }).prefault({}),
    )
    .query(({ ctx, input }) => listDisbursements(ctx.db, ctx.session.accountId, input)),
});
