// Every report as a CSV table (SPEC §9: "every table downloadable as CSV"). Amounts are in
// dollars with two decimals and no separators ("26194.97"), which spreadsheets read as numbers.
import { centsToInput } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { acceptanceReport } from './acceptance';
import type { CsvCell } from './csv';
import { offersByStatus } from './offers-by-status';
import { monthRangeInput, periodInput, resolvePeriod, roleInput } from './report-input';
import { revenueByMonth } from './revenue-by-month';
import { upcomingDisbursements } from './upcoming-disbursements';

export const CSV_REPORTS = [
  'offers-by-status',
  'acceptance',
  'revenue-by-month',
  'upcoming-disbursements',
] as const;
export type CsvReport = (typeof CSV_REPORTS)[number];

export type CsvTable = { header: string[]; rows: CsvCell[][] };

const usd = (cents: number) => centsToInput(cents);
const percent = (ppm: number | null) => (ppm === null ? '' : (ppm / 10_000).toFixed(4));

/** Parses the query with the procedure's own schema; a ZodError is the caller's 400. */
export async function buildCsvTable(
  db: Kysely<Database>,
  accountId: string,
  report: CsvReport,
  query: Record<string, string>,
  now: Date,
): Promise<CsvTable> {
  if (report === 'offers-by-status') {
    const { role } = roleInput.parse(query);
    const result = await offersByStatus(db, accountId, role, now);
    return {
      header: ['Status', 'Offers'],
      rows: [...result.rows.map((r) => [r.status, r.count]), ['Total', result.total]],
    };
  }
  if (report === 'acceptance') {
    const input = periodInput.parse(query);
    const result = await acceptanceReport(db, accountId, input.role, resolvePeriod(input, now));
    const line = (label: string, r: (typeof result)['total']): CsvCell[] => [
      label,
      r.offers,
      r.targetedAccounts,
      r.acceptedAccounts,
      percent(r.ratePpm),
    ];
    return {
      header: [
        'Month published',
        'Offers',
        'Targeted buyer accounts',
        'Accepted buyer accounts',
        'Acceptance rate (%)',
      ],
      rows: [...result.rows.map((r) => line(r.month, r)), line('Total', result.total)],
    };
  }
  if (report === 'revenue-by-month') {
    const input = monthRangeInput.parse(query);
    const result = await revenueByMonth(db, accountId, input.role, input, now);
    if (result.role === 'isv') {
      return {
        header: ['Month', 'Billed, your amount (USD)', 'Projected, your amount (USD)'],
        rows: result.rows.map((r) => [r.month, usd(r.billedIsvCents), usd(r.projectedIsvCents)]),
      };
    }
    return {
      header: [
        'Month',
        'Billed to buyers (USD)',
        'Billed, due to ISV (USD)',
        'Billed, your margin (USD)',
        'Projected from buyers (USD)',
        'Projected, due to ISV (USD)',
        'Projected, your margin (USD)',
      ],
      rows: result.rows.map((r) => [
        r.month,
        usd(r.billedBuyerCents),
        usd(r.billedIsvCents),
        usd(r.billedResellerCents),
        usd(r.projectedBuyerCents),
        usd(r.projectedIsvCents),
        usd(r.projectedResellerCents),
      ]),
    };
  }
  const { role } = roleInput.parse(query);
  const result = await upcomingDisbursements(db, accountId, role);
  return {
    header: [
      'Disbursement date',
      'Offer',
      'Product',
      'Buyer account',
      'Invoice',
      'Invoice date',
      'Gross (USD)',
      'Listing fee (USD)',
      'Amount (USD)',
    ],
    rows: result.items.map((d) => [
      d.scheduledOn,
      d.offerName,
      d.productName,
      d.buyerAccountId,
      d.invoiceId,
      d.invoiceDate,
      usd(d.grossCents),
      usd(d.feeCents),
      usd(d.amountCents),
    ]),
  };
}
