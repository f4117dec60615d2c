// This seller's disbursements: one per paid invoice and role, the listing fee (ISV only)
// deducted, dated by the disbursement preference (Settings).
import { DateText, formatDate, Link, Money, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { Pager } from '../components/pager';
import { QueryView } from '../components/query-view';
import { Badge } from '../components/status-badge';
import { TableFrame } from '../components/table-frame';
import { useKeysetPages } from '../lib/use-keyset-pages';

export function DisbursementsSection() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const list = useQuery(trpc.disbursements.list.queryOptions({ cursor: pages.cursor, limit: 25 }));
  return (
    <section className="card" aria-labelledby="disbursements-heading">
      <h2 id="disbursements-heading">Disbursements</h2>
      <p className="muted">
        Paid out by your <Link to="/settings">disbursement preference</Link>. No reseller fees; as
        ISV, the marketplace listing fee is deducted from your amount.
      </p>
      <QueryView
        query={list}
        loading="Loading disbursements…"
        errorTitle="Disbursements could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: 'No disbursements yet: they are scheduled when buyers pay invoices.' }}
      >
        {(data) => (
          <>
            <TableFrame label="Disbursements">
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">Date</th>
                    <th scope="col">Role</th>
                    <th scope="col">Offer</th>
                    <th scope="col">Invoice</th>
                    <th scope="col" className="num">
                      Gross
                    </th>
                    <th scope="col" className="num">
                      Listing fee
                    </th>
                    <th scope="col" className="num">
                      Amount
                    </th>
                    <th scope="col">Status</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((d) => (
                    <tr key={d.id}>
                      <th scope="row" className="nowrap">
                        {formatDate(d.scheduledOn)}
                      </th>
                      <td>{d.role === 'ISV' ? 'ISV' : 'Reseller'}</td>
                      <td>
                        {d.offerName}
                        <span className="sub">{d.productName}</span>
                      </td>
                      <td className="id-text">{d.invoiceId}</td>
                      <td className="num">
                        <Money cents={d.grossCents} />
                      </td>
                      <td className="num">
                        <Money cents={d.feeCents} />
                      </td>
                      <td className="num">
                        <Money cents={d.amountCents} />
                      </td>
                      <td>
                        <Badge tone={d.status === 'PAID_OUT' ? 'ok' : 'neutral'}>
                          {d.status === 'PAID_OUT' ? 'Paid out' : 'Scheduled'}
                        </Badge>
                        {d.paidOutAt ? (
                          <span className="sub">
                            <DateText value={d.paidOutAt} />
                          </span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableFrame>
            <Pager pages={pages} nextCursor={data.nextCursor} label="Disbursements" />
          </>
        )}
      </QueryView>
    </section>
  );
}
