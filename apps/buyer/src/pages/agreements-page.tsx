// The agreements this account made: one per accepted offer, with the terms it froze.
import { DateText, EmptyState, Link, Money, useTRPC } from '@offerdesk/ui';
import { useInfiniteQuery } from '@tanstack/react-query';
import { PagedList } from '../components/paged-list';
import { offerPath } from '../lib/app-path';

export default function AgreementsPage() {
  const trpc = useTRPC();
  const agreements = useInfiniteQuery(
    trpc.buyer.agreements.list.infiniteQueryOptions(
      { limit: 25 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  return (
    <>
      <p className="lede">The offers your account accepted, newest first.</p>
      <PagedList
        query={agreements}
        loadingLabel="Loading your agreements…"
        empty={
          <EmptyState title="No agreements yet.">
            <p>
              When you accept a <Link to="/offers">private offer</Link>, its agreement shows here.
            </p>
          </EmptyState>
        }
      >
        {(items) => (
          <table className="table table-stack">
            <caption className="visually-hidden">Agreements</caption>
            <thead>
              <tr>
                <th scope="col">Agreement</th>
                <th scope="col">Offer</th>
                <th scope="col">Seller of record</th>
                <th scope="col">Billing</th>
                <th scope="col" className="num">
                  Total
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((agreement) => (
                <tr key={agreement.id}>
                  <td data-label="Agreement">
                    <span className="mono">{agreement.id}</span>
                    <span className="cell-sub">
                      Accepted <DateText value={agreement.acceptedAt} withTime />
                    </span>
                  </td>
                  <td data-label="Offer">
                    <Link to={offerPath(agreement.offerId)} className="offer-name">
                      {agreement.offerName}
                    </Link>
                    <span className="cell-sub">
                      {agreement.product.name} · Publisher: {agreement.publisher}
                    </span>
                  </td>
                  <td data-label="Seller of record">{agreement.sellerOfRecord}</td>
                  <td data-label="Billing">
                    {agreement.billing === 'UPFRONT'
                      ? 'Upfront'
                      : `${agreement.installments.length} installments`}
                  </td>
                  <td data-label="Total" className="num">
                    <Money cents={agreement.totalCents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </PagedList>
    </>
  );
}
