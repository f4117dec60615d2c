import { DateText, Link, type RouterOutputs } from '@offerdesk/ui';
import { Expiry } from '../../components/expiry';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { OfferActions } from './offer-actions';

type OfferItem = RouterOutputs['offers']['list']['items'][number];

export function OffersTable({ offers }: { offers: OfferItem[] }) {
  return (
    <TableFrame label="Private offers">
      <table className="data-table offers-table stack-on-phone">
        <thead>
          <tr>
            <th scope="col">Offer ID</th>
            <th scope="col">Custom offer name</th>
            <th scope="col">Product name &amp; ID</th>
            <th scope="col">Buyer IDs</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col" className="num">
              Accepted
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {offers.map((offer) => (
            <tr key={offer.id} data-offer-id={offer.id}>
              <th scope="row" className="id-text" data-label="Offer ID">
                <Link to={`/offers/${offer.id}`}>{offer.id}</Link>
              </th>
              <td data-label="Custom offer name">
                {offer.name ?? <span className="muted">Not named yet</span>}
              </td>
              <td data-label="Product name & ID">
                {offer.product.name}
                <span className="sub id-text">ProductId: {offer.product.id}</span>
              </td>
              <td className="id-text" data-label="Buyer IDs">
                {offer.buyerAccountIds.length > 0 ? offer.buyerAccountIds.join(', ') : '—'}
              </td>
              <td data-label="Status">
                <StatusBadge status={offer.status} />
              </td>
              <td className="nowrap" data-label="Created">
                <DateText value={offer.createdAt} />
              </td>
              <td data-label="Expires">
                <Expiry date={offer.expirationDate} />
              </td>
              <td className="num" data-label="Accepted">
                {offer.acceptedCount} of {offer.buyerAccountIds.length}
              </td>
              <td className="actions-cell" data-label="Actions">
                <OfferActions offer={offer} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
