// Acceptance rate (SPEC §9): accepted buyer accounts ÷ targeted buyer accounts, over the
// offers published in the period (UTC dates, inclusive), by month of publication and in total.
// The rate is integer ppm (rounded half up), like every percentage here; null with no target.
import { roundHalfUpDiv } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { ReportRole } from './report-input';

export type AcceptanceRow = {
  month: string;
  offers: number;
  targetedAccounts: number;
  acceptedAccounts: number;
  ratePpm: number | null;
};

export type AcceptanceReport = {
  role: ReportRole;
  from: string;
  to: string;
  rows: AcceptanceRow[];
  total: Omit<AcceptanceRow, 'month'>;
};

export function ratePpm(accepted: number, targeted: number): number | null {
  if (targeted === 0) return null;
  return Number(roundHalfUpDiv(BigInt(accepted) * 1_000_000n, BigInt(targeted)));
}

export async function acceptanceReport(
  db: Kysely<Database>,
  accountId: string,
  role: ReportRole,
  period: { from: string; to: string },
): Promise<AcceptanceReport> {
  const rows = await db
    .selectFrom('offers')
    .select([
      sql<string>`to_char(offers.published_at AT TIME ZONE 'UTC', 'YYYY-MM')`.as('month'),
      (eb) => eb.fn.countAll<number>().as('offers'),
      sql<number>`coalesce(sum((SELECT count(*) FROM offer_buyers b WHERE b.offer_id = offers.id)), 0)`.as(
        'targeted',
      ),
      sql<number>`coalesce(sum((SELECT count(*) FROM agreements a WHERE a.offer_id = offers.id)), 0)`.as(
        'accepted',
      ),
    ])
    .where(role === 'isv' ? 'offers.isv_account_id' : 'offers.reseller_account_id', '=', accountId)
    .where('offers.published_at', 'is not', null)
    .where(
      'offers.published_at',
      '>=',
      sql<Date>`(${period.from}::date::timestamp AT TIME ZONE 'UTC')`,
    )
    .where(
      'offers.published_at',
      '<',
      sql<Date>`((${period.to}::date + 1)::timestamp AT TIME ZONE 'UTC')`,
    )
    .groupBy(sql`1`)
    .orderBy(sql`1`)
    .execute();
  const byMonth = rows.map((r) => {
    const targeted = Number(r.targeted);
    const accepted = Number(r.accepted);
    return {
      month: r.month,
      offers: Number(r.offers),
      targetedAccounts: targeted,
      acceptedAccounts: accepted,
      ratePpm: ratePpm(accepted, targeted),
    };
  });
  const offers = byMonth.reduce((s, r) => s + r.offers, 0);
  const targetedAccounts = byMonth.reduce((s, r) => s + r.targetedAccounts, 0);
  const acceptedAccounts = byMonth.reduce((s, r) => s + r.acceptedAccounts, 0);
  return {
    role,
    ...period,
    rows: byMonth,
    total: {
      offers,
      targetedAccounts,
      acceptedAccounts,
      ratePpm: ratePpm(acceptedAccounts, targetedAccounts),
    },
  };
}
