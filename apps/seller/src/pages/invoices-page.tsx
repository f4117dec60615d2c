// Invoices & disbursements (SPEC §9): what buyers were invoiced (as reseller with every
// amount, as ISV with its own), and what is paid out to this seller, net of the listing fee.
import { DateText, formatDate, Money, useTRPC } from '@offerdesk/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { SelectField } from '../components/fields';
import { Pager } from '../components/pager';
import { QueryView } from '../components/query-view';
import { RoleSwitch, type SellerRole } from '../components/role-switch';
import { Badge } from '../components/status-badge';
import { TableFrame } from '../components/table-frame';
import { useKeysetPages } from '../lib/use-keyset-pages';
import { DisbursementsSection } from './disbursements-section';

type InvoiceStatus = 'SCHEDULED' | 'DUE' | 'PAID';
const TONES = { SCHEDULED: 'neutral', DUE: 'busy', PAID: 'ok' } as const;
const LABELS = { SCHEDULED: 'Scheduled', DUE: 'Due', PAID: 'Paid' } as const;

export default function InvoicesPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const [role, setRole] = useState<SellerRole>('reseller');
  const [status, setStatus] = useState<InvoiceStatus | ''>('');
  const list = useQuery({
    ...trpc.invoices.list.queryOptions({
      role,
      cursor: pages.cursor,
      limit: 25,
      ...(status ? { status } : {}),
    }),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <section className="card" aria-labelledby="invoices-heading">
        <h2 id="invoices-heading">Invoices</h2>
        <div className="toolbar">
          <RoleSwitch
            role={role}
            label="Invoices side"
            onChange={(next) => {
              setRole(next);
              pages.reset();
            }}
          />
          <SelectField
            label="Status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as InvoiceStatus | '');
              pages.reset();
            }}
          >
            <option value="">All</option>
            <option value="SCHEDULED">Scheduled</option>
            <option value="DUE">Due</option>
            <option value="PAID">Paid</option>
          </SelectField>
        </div>
        <QueryView
          query={list}
          loading="Loading invoices…"
          errorTitle="Invoices could not be loaded"
          isEmpty={(data) => data.items.length === 0}
          empty={{ title: 'No invoices yet: they are issued when buyers accept your offers.' }}
        >
          {(data) => (
            <>
              <TableFrame label="Invoices">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Invoice</th>
                      <th scope="col">Offer</th>
                      <th scope="col">Buyer</th>
                      <th scope="col">Invoice date</th>
                      <th scope="col">Status</th>
                      {role === 'reseller' ? (
                        <>
                          <th scope="col" className="num">
                            Buyer amount
                          </th>
                          <th scope="col" className="num">
                            ISV amount
                          </th>
                          <th scope="col" className="num">
                            Your margin
                          </th>
                        </>
                      ) : (
                        <th scope="col" className="num">
                          Your amount
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((inv) => (
                      <tr key={inv.id}>
                        <th scope="row" className="id-text nowrap">
                          {inv.id}
                        </th>
                        <td>
                          {inv.offerName}
                          <span className="sub">{inv.product.name}</span>
                        </td>
                        <td className="id-text">{inv.buyerAccountId}</td>
                        <td className="nowrap">{formatDate(inv.invoiceDate)}</td>
                        <td>
                          <Badge tone={TONES[inv.status]}>{LABELS[inv.status]}</Badge>
                          {inv.paidAt ? (
                            <span className="sub">
                              <DateText value={inv.paidAt} />
                            </span>
                          ) : null}
                        </td>
                        {inv.role === 'reseller' ? (
                          <>
                            <td className="num">
                              <Money cents={inv.buyerCents} />
                            </td>
                            <td className="num">
                              <Money cents={inv.isvCents} />
                            </td>
                            <td className="num">
                              <Money cents={inv.resellerCents} />
                            </td>
                          </>
                        ) : (
                          <td className="num">
                            <Money cents={inv.isvCents} />
                          </td>
                        )}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableFrame>
              <Pager pages={pages} nextCursor={data.nextCursor} label="Invoices" />
            </>
          )}
        </QueryView>
      </section>
      <DisbursementsSection />
    </>
  );
}
