import { formatDate, Money, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../components/query-view';
import type { SellerRole } from '../../components/role-switch';
import { TableFrame } from '../../components/table-frame';
import { CsvLink } from './csv-link';
import { RevenueChart } from './revenue-chart';

export function RevenueReport({ role }: { role: SellerRole }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.revenueByMonth.queryOptions({ role }));
  return (
    <section className="card" aria-labelledby="revenue-report">
      <h2 id="revenue-report">Revenue by month</h2>
      <p className="muted">
        Billed: invoices issued, by month of issue. Projected: scheduled installments, by invoice
        date. {role === 'isv' ? 'Your own amounts.' : 'Amounts the buyers pay.'}
      </p>
      <QueryView
        query={report}
        loading="Loading…"
        errorTitle="This report could not be loaded"
        isEmpty={(data) => data.rows.length === 0}
        empty={{ title: 'No revenue yet: invoices appear when buyers accept your offers.' }}
      >
        {(data) => {
          const bars = data.rows.map((row) =>
            'billedBuyerCents' in row
              ? {
                  month: row.month,
                  billedCents: row.billedBuyerCents,
                  projectedCents: row.projectedBuyerCents,
                }
              : {
                  month: row.month,
                  billedCents: row.billedIsvCents,
                  projectedCents: row.projectedIsvCents,
                },
          );
          return (
            <>
              <RevenueChart rows={bars} label="Billed and projected revenue by month" />
              <TableFrame label="Revenue by month">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Month</th>
                      <th scope="col" className="num">
                        Billed
                      </th>
                      <th scope="col" className="num">
                        Projected
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {bars.map((row) => (
                      <tr key={row.month}>
                        <th scope="row" className="nowrap">
                          {row.month}
                        </th>
                        <td className="num">
                          <Money cents={row.billedCents} />
                        </td>
                        <td className="num">
                          <Money cents={row.projectedCents} />
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
              <CsvLink report="revenue-by-month" role={role} />
            </>
          );
        }}
      </QueryView>
    </section>
  );
}

export function UpcomingDisbursementsReport({ role }: { role: SellerRole }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.upcomingDisbursements.queryOptions({ role }));
  return (
    <section className="card" aria-labelledby="upcoming-report">
      <h2 id="upcoming-report">Upcoming disbursements</h2>
      <QueryView
        query={report}
        loading="Loading…"
        errorTitle="This report could not be loaded"
        isEmpty={(data) => data.byDate.length === 0}
        empty={{ title: 'Nothing is waiting to be paid out.' }}
      >
        {(data) => (
          <>
            <TableFrame label="Upcoming disbursements">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col" className="num">
                      Payments
                    </th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.byDate.map((row) => (
                    <tr key={row.scheduledOn}>
                      <th scope="row">{formatDate(row.scheduledOn)}</th>
                      <td className="num">{row.count}</td>
                      <td className="num">
                        <Money cents={row.amountCents} />
                      </td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Total</th>
                    <td />
                    <td className="num">
                      <Money cents={data.totalCents} />
                    </td>
                  </tr>
                </tbody>
              </table>
            </TableFrame>
            <CsvLink report="upcoming-disbursements" role={role} />
          </>
        )}
      </QueryView>
    </section>
  );
}
