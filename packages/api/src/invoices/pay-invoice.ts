// Recording the buyer's payment of an invoice (SPEC §9): only a DUE invoice can be paid; paying
// a PAID one answers with the payment already recorded. The invoice row is locked for the whole
// transaction, so two clicks serialize and the second sees the first's payment. The
// disbursements are scheduled in the same transaction.
import { formatDate, todayUtc } from '@offerdesk/core';
import type { Database, Invoice, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { scheduleDisbursements } from '../disbursements/schedule-disbursements';
import { AppError } from '../errors';

export type BuyerPayer = { accountId: string; userId: string };

export type Payment = {
  invoiceId: string;
  status: 'PAID';
  amountCents: number;
  /** ISO 8601 instant of the (first) payment. */
  paidAt: string;
};

export const payMessages = {
  notDue: (invoiceDate: string) =>
    `This invoice is not due yet (it will be issued on ${formatDate(invoiceDate)})`,
};

function paymentOf(invoice: Pick<Invoice, 'id' | 'buyer_cents' | 'paid_at'>): Payment {
  if (!invoice.paid_at) throw new Error(`Invoice ${invoice.id} has no payment`);
  return {
    invoiceId: invoice.id,
    status: 'PAID',
    amountCents: invoice.buyer_cents,
    paidAt: new Date(invoice.paid_at).toISOString(),
  };
}

export async function payInvoice(
  db: Kysely<Database>,
  payer: BuyerPayer,
  invoiceId: string,
  deps: { now: Date; listingFeePpm: number },
): Promise<Payment> {
  return db.transaction().execute(async (tx) => {
    const invoice = await tx
      .selectFrom('invoices')
      .selectAll()
      .where('id', '=', invoiceId)
      .where('buyer_account_id', '=', payer.accountId)
      .forUpdate()
      .executeTakeFirst();
    if (!invoice) throw AppError.notFound('This invoice');
    if (invoice.status === 'PAID') return paymentOf(invoice);
    const today = todayUtc(deps.now);
    if (invoice.status === 'SCHEDULED' && invoice.invoice_date > today) {
      throw AppError.field(
        ['invoiceId'],
        payMessages.notDue(invoice.invoice_date),
        'PRECONDITION_FAILED',
      );
    }
    const paid = await tx
      .updateTable('invoices')
      .set({
        status: 'PAID',
        // Due since its date's midnight even if the tick has not run yet.
        issued_at: invoice.issued_at ?? sql<Date>`(invoice_date::timestamp AT TIME ZONE 'UTC')`,
        paid_at: deps.now,
        paid_by_user_id: payer.userId,
      })
      .where('id', '=', invoice.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await scheduleDisbursements(tx, paid, today, deps.listingFeePpm);
    return paymentOf(paid);
  });
}
