// The offers of one Private offers tab: name and ID, product, seller of record, total, expiry
// and status, each row leading to its offer page.
import { formatDate, Link, Money, type RouterOutputs } from '@offerdesk/ui';
import { offerPath } from '../lib/app-path';
import { OfferStatusPill } from './status-pill';

type OfferItem = RouterOutputs['buyer']['offers']['list']['items'][number];

export function OfferList({ offers, caption }: { offers: OfferItem[]; caption: string }) {
  return (
    <table className="table table-stack">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Offer</th>
          <th scope="col">Product</th>
          <th scope="col">Seller of record</th>
          <th scope="col" className="num">
            Total
          </th>
          <th scope="col">Expires</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {offers.map((offer) => (
          <tr key={offer.offerId}>
            <td data-label="Offer">
              <Link to={offerPath(offer.offerId)} className="offer-name">
                {offer.name}
              </Link>
              <span className="cell-sub mono">{offer.offerId}</span>
            </td>
            <td data-label="Product">
              {offer.productName}
              <span className="cell-sub">Publisher: {offer.publisher}</span>
            </td>
            <td data-label="Seller of record">{offer.sellerOfRecord}</td>
            <td data-label="Total" className="num">
              <Money cents={offer.totalCents} />
            </td>
            <td data-label="Expires">
              <time dateTime={offer.expiresAt}>{formatDate(offer.expirationDate)}</time>
              <span className="cell-sub">23:59:59 UTC</span>
            </td>
            <td data-label="Status">
              <OfferStatusPill status={offer.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
