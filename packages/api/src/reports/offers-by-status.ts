// Offers by status (SPEC §9): the reseller counts its own offers in every status, EXPIRED
// computed from the clock as everywhere else. The ISV counts the offers on its products that
// were extended to buyers (published, expired, cancelled): a reseller's drafts are its own.
import { OFFER_DISPLAY_STATUSES, type OfferDisplayStatus, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { ReportRole } from './report-input';

export type OffersByStatus = {
  role: ReportRole;
  rows: { status: OfferDisplayStatus; count: number }[];
  total: number;
};

const ISV_STATUSES: OfferDisplayStatus[] = ['PUBLISHED', 'EXPIRED', 'CANCELLED'];

export async function offersByStatus(
  db: Kysely<Database>,
  accountId: string,
  role: ReportRole,
  now: Date,
): Promise<OffersByStatus> {
  const today = todayUtc(now);
  // Expired from 00:00 UTC after the expiration date, i.e. once the date is before today.
  const displayStatus = sql<OfferDisplayStatus>`CASE WHEN offers.status = 'PUBLISHED' AND offers.expiration_date < ${today}::date THEN 'EXPIRED' ELSE offers.status END`;
  let query = db
    .selectFrom('offers')
    .select([displayStatus.as('display_status'), (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy(sql`1`);
  query =
    role === 'isv'
      ? query
          .where('offers.isv_account_id', '=', accountId)
          .where('offers.status', 'in', ['PUBLISHED', 'CANCELLED'])
      : query.where('offers.reseller_account_id', '=', accountId);
  const counts = new Map((await query.execute()).map((r) => [r.display_status, Number(r.count)]));
  const statuses = role === 'isv' ? ISV_STATUSES : [...OFFER_DISPLAY_STATUSES];
  const rows = statuses.map((status) => ({ status, count: counts.get(status) ?? 0 }));
  return { role, rows, total: rows.reduce((sum, r) => sum + r.count, 0) };
}
