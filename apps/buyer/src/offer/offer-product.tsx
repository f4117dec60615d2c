// Who sells what: the product, the reseller as "Seller of record" and the ISV as "Publisher".
import { Link } from '@offerdesk/ui';
import { productPath } from '../lib/app-path';
import type { BuyerOffer } from './offer-types';

export function OfferProduct({ offer }: { offer: BuyerOffer }) {
  return (
    <section className="card" aria-labelledby="product-heading">
      <h2 id="product-heading">Product</h2>
      <dl className="facts">
        <dt>Product</dt>
        <dd>
          <Link to={productPath(offer.product.id)}>{offer.product.name}</Link>
          {offer.product.description ? (
            <span className="cell-sub">{offer.product.description}</span>
          ) : null}
        </dd>
        <dt>Seller of record</dt>
        <dd>{offer.sellerOfRecord}</dd>
        <dt>Publisher</dt>
        <dd>{offer.publisher}</dd>
      </dl>
    </section>
  );
}
