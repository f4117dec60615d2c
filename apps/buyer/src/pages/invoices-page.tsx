// The account's invoices from its agreements: scheduled, due (with Pay) and paid.
import { formatDate } from '@offerdesk/core';
import { DateText, EmptyState, Link, Money, type RouterOutputs, useTRPC } from '@offerdesk/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { PagedList } from '../components/paged-list';
import { PayButton } from '../components/pay-button';
import { InvoiceStatusPill } from '../components/status-pill';
import { offerPath } from '../lib/app-path';

type Invoice = RouterOutputs['buyer']['invoices']['list']['items'][number];

export default function InvoicesPage() {
  const trpc = useTRPC();
  const invoices = useInfiniteQuery(
    trpc.buyer.invoices.list.infiniteQueryOptions(
      { limit: 25 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  return (
    <>
      <p className="lede">Invoices from your agreements, latest invoice date first.</p>
      <PagedList
        query={invoices}
        loadingLabel="Loading your invoices…"
        empty={
          <EmptyState title="No invoices yet.">
            <p>Invoices come from the offers you accept: upfront, or on each payment date.</p>
          </EmptyState>
        }
      >
        {(items) => (
          <table className="table table-stack">
            <caption className="visually-hidden">Invoices</caption>
            <thead>
              <tr>
                <th scope="col">Invoice</th>
                <th scope="col">Offer</th>
                <th scope="col">Invoice date</th>
                <th scope="col" className="num">
                  Amount
                </th>
                <th scope="col">Status</th>
                <th scope="col">Payment</th>
              </tr>
            </thead>
            <tbody>
              {items.map((invoice) => (
                <InvoiceRow key={invoice.id} invoice={invoice} />
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </>
  );
}

function InvoiceRow({ invoice }: { invoice: Invoice }) {
  return (
    <tr>
      <td data-label="Invoice">
        <span className="mono">{invoice.id}</span>
      </td>
      <td data-label="Offer">
        <Link to={offerPath(invoice.offerId)} className="offer-name">
          {invoice.offerName}
        </Link>
        <span className="cell-sub">
          {invoice.product.name} · {invoice.sellerOfRecord}
        </span>
      </td>
      <td data-label="Invoice date">
        <time dateTime={invoice.invoiceDate}>{formatDate(invoice.invoiceDate)}</time>
      </td>
      <td data-label="Amount" className="num">
        <Money cents={invoice.amountCents} />
      </td>
      <td data-label="Status">
        <InvoiceStatusPill status={invoice.status} />
      </td>
      <td data-label="Payment">
        {invoice.status === 'DUE' ? (
          <PayButton invoiceId={invoice.id} label={`Pay invoice ${invoice.id}`} />
        ) : invoice.status === 'PAID' && invoice.paidAt ? (
          <>
            Paid <DateText value={invoice.paidAt} />
          </>
        ) : (
          <span className="muted">Not due yet</span>
        )}
      </td>
    </tr>
  );
}
