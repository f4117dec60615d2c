// Revenue by month (SPEC §9): billed = invoices issued (DUE or PAID) by month of issue;
// projected = invoices still SCHEDULED by month of their invoice date. An installment whose
// date has come but that the tick has not issued yet counts as billed, as the lists show it
// DUE. The reseller sees buyer, ISV and reseller amounts; the ISV its own amount only.
import { monthRange, todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import { MAX_MONTHS, type ReportRole } from './report-input';

export type ResellerRevenueRow = {
  month: string;
  billedBuyerCents: number;
  billedIsvCents: number;
  billedResellerCents: number;
  projectedBuyerCents: number;
  projectedIsvCents: number;
  projectedResellerCents: number;
};
export type IsvRevenueRow = { month: string; billedIsvCents: number; projectedIsvCents: number };

export type RevenueByMonth =
  | { role: 'reseller'; rows: ResellerRevenueRow[] }
  | { role: 'isv'; rows: IsvRevenueRow[] };

export async function revenueByMonth(
  db: Kysely<Database>,
  accountId: string,
  role: ReportRole,
  range: { from?: string | null; to?: string | null },
  now: Date,
): Promise<RevenueByMonth> {
  const today = todayUtc(now);
  const billed = sql<boolean>`(invoices.status <> 'SCHEDULED' OR invoices.invoice_date <= ${today}::date)`;
  const month = sql<string>`CASE WHEN ${billed}
    THEN to_char(coalesce(invoices.issued_at, invoices.invoice_date::timestamp AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', 'YYYY-MM')
    ELSE to_char(invoices.invoice_date, 'YYYY-MM') END`;
  const query = db
    .selectFrom('invoices')
    .select([
      month.as('month'),
      billed.as('billed'),
      sql<number>`sum(invoices.buyer_cents)`.as('buyer'),
      sql<number>`sum(invoices.isv_cents)`.as('isv'),
      sql<number>`sum(invoices.reseller_cents)`.as('reseller'),
    ])
    .where(
      role === 'isv' ? 'invoices.isv_account_id' : 'invoices.reseller_account_id',
      '=',
      accountId,
    )
    .groupBy([sql`1`, sql`2`]);
  // Few rows per seller (months × 2): the period is applied here rather than in a HAVING.
  const sums = (await query.execute()).filter(
    (s) => (!range.from || s.month >= range.from) && (!range.to || s.month <= range.to),
  );
  const months = sums.map((s) => s.month).sort();
  const first = range.from ?? months[0];
  const last = range.to ?? months.at(-1);
  const rows = first && last ? monthRange(first, last, MAX_MONTHS) : [];
  const cell = (m: string, isBilled: boolean) =>
    sums.find((s) => s.month === m && Boolean(s.billed) === isBilled);
  const n = (value: number | undefined) => Number(value ?? 0);
  if (role === 'isv') {
    return {
      role,
      rows: rows.map((m) => ({
        month: m,
        billedIsvCents: n(cell(m, true)?.isv),
        projectedIsvCents: n(cell(m, false)?.isv),
      })),
    };
  }
  return {
    role,
    rows: rows.map((m) => {
      const b = cell(m, true);
      const p = cell(m, false);
      return {
        month: m,
        billedBuyerCents: n(b?.buyer),
        billedIsvCents: n(b?.isv),
        billedResellerCents: n(b?.reseller),
        projectedBuyerCents: n(p?.buyer),
        projectedIsvCents: n(p?.isv),
        projectedResellerCents: n(p?.reseller),
      };
    }),
  };
}
