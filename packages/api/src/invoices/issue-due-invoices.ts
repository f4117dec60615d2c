// SCHEDULED installments become DUE at 00:00 UTC of their invoice date (SPEC §9). The periodic
// billing tick runs this; issued_at is that midnight, not the moment the tick ran, so a tick
// that runs late (a restart) still dates the invoice — and billed revenue — correctly.
import { todayUtc } from '@offerdesk/core';
import type { Database, InvoiceStatus, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';

export async function issueDueInvoices(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .updateTable('invoices')
    .set({
      status: 'DUE',
      issued_at: sql<Date>`(invoice_date::timestamp AT TIME ZONE 'UTC')`,
    })
    .where('status', '=', 'SCHEDULED')
    .where('invoice_date', '<=', todayUtc(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/**
 * What a reader sees between the invoice date's midnight and the next tick: the invoice is
 * already due, so lists say so (like EXPIRED, computed from the clock).
 */
export function effectiveInvoiceStatus(
  status: InvoiceStatus,
  invoiceDate: string,
  today: string,
): InvoiceStatus {
  return status === 'SCHEDULED' && invoiceDate <= today ? 'DUE' : status;
}
