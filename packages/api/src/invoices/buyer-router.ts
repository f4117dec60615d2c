import { z } from 'zod';
import { buyerProcedure, router } from '../trpc';
import { listInput } from './list-cursor';
import { listBuyerInvoices } from './list-invoices';
import { payInvoice } from './pay-invoice';
import { invoiceStatusInput } from './router';

const invoiceId = z
  .string()
  .trim()
  .max(40)
  .regex(/^inv-[a-z0-9]{13}$/, 'This is not an invoice ID');

/** buyer.invoices.* — merged into the buyer router as `invoices`. */
export const buyerInvoicesRouter = router({
  list: buyerProcedure
    .input(z.object({ status: invoiceStatusInput, ...listInput }).prefault({}))
    .query(({ ctx, input }) =>
      listBuyerInvoices(ctx.db, ctx.session.accountId, input, ctx.clock.now()),
    ),
  pay: buyerProcedure.input(z.object({ invoiceId })).mutation(({ ctx, input }) =>
    payInvoice(ctx.db, ctx.session, input.invoiceId, {
      now: ctx.clock.now(),
      listingFeePpm: ctx.config.listingFeePpm,
    }),
  ),
});
