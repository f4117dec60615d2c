import { formatPercent } from '@offerdesk/core';
import { useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../components/query-view';
import type { SellerRole } from '../../components/role-switch';
import { TableFrame } from '../../components/table-frame';
import { STATUS_LABELS } from '../../lib/offer-status';
import { CsvLink } from './csv-link';

export function OffersByStatusReport({ role }: { role: SellerRole }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.offersByStatus.queryOptions({ role }));
  return (
    <section className="card" aria-labelledby="status-report">
      <h2 id="status-report">Offers by status</h2>
      <QueryView query={report} loading="Loading…" errorTitle="This report could not be loaded">
        {(data) => (
          <>
            <TableFrame label="Offers by status">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Status</th>
                    <th scope="col" className="num">
                      Offers
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((row) => (
                    <tr key={row.status}>
                      <th scope="row">{STATUS_LABELS[row.status]}</th>
                      <td className="num">{row.count.toLocaleString('en-US')}</td>
                    </tr>
                  ))}
                  <tr>
                    <th scope="row">Total</th>
                    <td className="num">{data.total.toLocaleString('en-US')}</td>
                  </tr>
                </tbody>
              </table>
            </TableFrame>
            <CsvLink report="offers-by-status" role={role} />
          </>
        )}
      </QueryView>
    </section>
  );
}

export function AcceptanceReport({ role }: { role: SellerRole }) {
  const trpc = useTRPC();
  const report = useQuery(trpc.reports.acceptance.queryOptions({ role }));
  const rate = (ppm: number | null) => (ppm === null ? '—' : formatPercent(ppm));
  return (
    <section className="card" aria-labelledby="acceptance-report">
      <h2 id="acceptance-report">Acceptance rate</h2>
      <QueryView query={report} loading="Loading…" errorTitle="This report could not be loaded">
        {(data) => (
          <>
            <p className="muted">
              Accepted buyer accounts ÷ targeted buyer accounts, for offers published from{' '}
              {data.from} to {data.to}: <strong>{rate(data.total.ratePpm)}</strong>.
            </p>
            <TableFrame label="Acceptance rate by month">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Month published</th>
                    <th scope="col" className="num">
                      Offers
                    </th>
                    <th scope="col" className="num">
                      Targeted accounts
                    </th>
                    <th scope="col" className="num">
                      Accepted
                    </th>
                    <th scope="col" className="num">
                      Rate
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.length === 0 ? (
                    <tr>
                      <td colSpan={5}>No offers were published in this period.</td>
                    </tr>
                  ) : null}
                  {data.rows.map((row) => (
                    <tr key={row.month}>
                      <th scope="row" className="nowrap">
                        {row.month}
                      </th>
                      <td className="num">{row.offers}</td>
                      <td className="num">{row.targetedAccounts}</td>
                      <td className="num">{row.acceptedAccounts}</td>
                      <td className="num">{rate(row.ratePpm)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <CsvLink report="acceptance" role={role} />
          </>
        )}
      </QueryView>
    </section>
  );
}
