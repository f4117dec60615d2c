import { z } from 'zod';
import { router, sellerProcedure } from '../trpc';
import { listInput } from './list-cursor';
import { listSellerInvoices } from './list-invoices';

/** Both sides by default (like agreements.list), or one. */
export const sellerRoleInput = z
  .enum(['reseller', 'isv'], { error: 'Choose reseller or ISV' })
  .nullish();
export const invoiceStatusInput = z.enum(['SCHEDULED', 'DUE', 'PAID']).nullish();

/** invoices.* — the seller's invoices, as reseller or (own amounts only) as ISV. */
export const invoicesRouter = router({
  list: sellerProcedure
    .input(
      z.object({ role: sellerRoleInput, status: invoiceStatusInput, ...listInput }).prefault({}),
    )
    .query(({ ctx, input }) =>
      listSellerInvoices(ctx.db, ctx.session.accountId, input.role ?? null, input, ctx.clock.now()),
    ),
});
