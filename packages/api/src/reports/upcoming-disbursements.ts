// Upcoming disbursements (SPEC §9): the seller's own payouts not yet made, in date order, as
// reseller (its margins) or as ISV (its amounts less the listing fee), with a total per date.
import type { Database, Kysely } from '@offerdesk/db';
import {
  disbursementsQuery,
  type SellerDisbursement,
  toSellerDisbursement,
} from '../disbursements/list-disbursements';
import type { ReportRole } from './report-input';

export type UpcomingDisbursements = {
  role: ReportRole;
  byDate: { scheduledOn: string; count: number; amountCents: number }[];
  items: SellerDisbursement[];
  totalCents: number;
};

const MAX_ROWS = 1000;

export async function upcomingDisbursements(
  db: Kysely<Database>,
  accountId: string,
  role: ReportRole,
): Promise<UpcomingDisbursements> {
  const rows = await disbursementsQuery(db, accountId)
    .where('disbursements.role', '=', role === 'isv' ? 'ISV' : 'RESELLER')
    .where('disbursements.paid_out_at', 'is', null)
    .orderBy('disbursements.scheduled_on')
    .orderBy('invoices.invoice_date')
    .orderBy('disbursements.id')
    .limit(MAX_ROWS)
    .execute();
  const items = rows.map(toSellerDisbursement);
  const byDate: UpcomingDisbursements['byDate'] = [];
  for (const item of items) {
    const last = byDate.at(-1);
    if (last?.scheduledOn === item.scheduledOn) {
      last.count += 1;
      last.amountCents += item.amountCents;
    } else {
      byDate.push({ scheduledOn: item.scheduledOn, count: 1, amountCents: item.amountCents });
    }
  }
  return { role, byDate, items, totalCents: items.reduce((s, i) => s + i.amountCents, 0) };
}
