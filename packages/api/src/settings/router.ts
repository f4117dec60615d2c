import { disbursementPreferenceSchema } from '@offerdesk/core';
import { z } from 'zod';
import { router, sellerProcedure } from '../trpc';
import { getSettings, updateDisbursementPreference } from './disbursement-preference';

/** settings.* — the seller's disbursement preference. */
export const settingsRouter = router({
  get: sellerProcedure.query(({ ctx }) => getSettings(ctx.db, ctx.session.accountId)),
  update: sellerProcedure
    .input(z.object({ disbursementPreference: disbursementPreferenceSchema }))
    .mutation(({ ctx, input }) =>
      updateDisbursementPreference(ctx.db, ctx.session.accountId, input.disbursementPreference),
    ),
});
