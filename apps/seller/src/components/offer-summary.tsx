// What the buyer will see of an offer (Review) and what the reseller checks later (View
// details): terms, buyers, expiry, prices and documents.
import { formatUsd } from '@offerdesk/core';
import { DateText, type RouterOutputs, useSession } from '@offerdesk/ui';
import { Expiry } from './expiry';
import { PricingTables } from './pricing-tables';
import { StatusBadge } from './status-badge';

type SellerOffer = RouterOutputs['offers']['get'];

export function OfferSummary({ offer }: { offer: SellerOffer }) {
  const { account } = useSession();
  const additional = offer.documents.filter((d) => d.kind === 'ADDITIONAL');
  return (
    <>
      <dl className="facts">
        <dt>Offer name</dt>
        <dd>{offer.name ?? offer.defaultName}</dd>
        <dt>Offer ID</dt>
        <dd className="id-text">{offer.id}</dd>
        <dt>Status</dt>
        <dd>
          <StatusBadge status={offer.status} />
        </dd>
        <dt>Product</dt>
        <dd>
          {offer.product.name} <span className="sub id-text">ProductId: {offer.product.id}</span>
        </dd>
        <dt>Publisher (ISV)</dt>
        <dd>{offer.isv.name}</dd>
        <dt>Seller of record</dt>
        <dd>
          {account.name} ({account.id})
        </dd>
        <dt>Buyer accounts</dt>
        <dd>{offer.buyerAccountIds.length > 0 ? offer.buyerAccountIds.join(', ') : 'None yet'}</dd>
        <dt>Expires</dt>
        <dd>
          <Expiry date={offer.expirationDate} long />
        </dd>
        <dt>Created</dt>
        <dd>
          <DateText value={offer.createdAt} withTime />
        </dd>
        {offer.publishedAt ? (
          <>
            <dt>Published</dt>
            <dd>
              <DateText value={offer.publishedAt} withTime />
            </dd>
          </>
        ) : null}
        {offer.totals ? (
          <>
            <dt>Total per buyer</dt>
            <dd>{formatUsd(offer.totals.buyerCents)}</dd>
          </>
        ) : null}
        <dt>Documents</dt>
        <dd>
          <ol className="plain-list">
            {offer.documents.map((d) => (
              <li key={d.id ?? 'eula'}>
                {d.kind === 'EULA' ? `EULA (from ${offer.isv.name}): ` : ''}
                {d.fileName}
              </li>
            ))}
          </ol>
          {additional.length === 0 ? <span className="sub">No additional documents</span> : null}
        </dd>
      </dl>
      {offer.pricing ? (
        <>
          <h3>Prices</h3>
          <PricingTables pricing={offer.pricing} dimensions={offer.dimensions} caption="Offer" />
        </>
      ) : (
        <p className="muted">The prices are not complete yet.</p>
      )}
    </>
  );
}
