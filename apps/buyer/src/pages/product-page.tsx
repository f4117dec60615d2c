// A product page (SPEC §8, way 3 of finding an offer): the product, its list prices, and "You
// have a private offer" when the signed-in account has one it can accept. Anyone else sees the
// public page with nothing private on it.
import {
  EmptyState,
  ErrorState,
  httpStatusOf,
  Link,
  LoadingState,
  Money,
  type RouteProps,
  useTRPC,
} from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { offerPath } from '../lib/app-path';

export default function ProductPage({ params }: RouteProps) {
  const trpc = useTRPC();
  const product = useQuery(
    trpc.catalog.products.get.queryOptions({ productId: params.productId ?? '' }),
  );
  if (product.isPending) return <LoadingState label="Loading the product…" />;
  if (product.isError) {
    const status = httpStatusOf(product.error);
    if (status === 404 || status === 400) {
      return (
        <EmptyState title="Product not found">
          <p>
            No product has this address. <Link to="/catalog">Browse the catalog</Link>
          </p>
        </EmptyState>
      );
    }
    return <ErrorState error={product.error} onRetry={() => void product.refetch()} />;
  }
  const { data } = product;
  return (
    <article aria-labelledby="product-name">
      <h2 id="product-name" className="offer-name">
        {data.name}
      </h2>
      <p className="lede">Publisher: {data.seller.publicName}</p>
      {data.hasPrivateOffer ? <PrivateOfferBanner offerIds={data.privateOfferIds} /> : null}
      <section className="card" aria-labelledby="about-heading">
        <h2 id="about-heading">About this product</h2>
        <p className="notice-text">{data.description || 'No description.'}</p>
      </section>
      <section className="card" aria-labelledby="dimensions-heading">
        <h2 id="dimensions-heading">Pricing dimensions</h2>
        <table className="table table-stack">
          <caption className="visually-hidden">List prices</caption>
          <thead>
            <tr>
              <th scope="col">Dimension</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                List price per unit
              </th>
            </tr>
          </thead>
          <tbody>
            {data.dimensions.map((dimension) => (
              <tr key={dimension.key}>
                <td data-label="Dimension">{dimension.displayName}</td>
                <td data-label="Description">{dimension.description}</td>
                <td data-label="List price per unit" className="num">
                  <Money cents={dimension.listUnitCents} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">
          Professional services are bought through a private offer from the publisher or a reseller,
          at the price in that offer.
        </p>
      </section>
    </article>
  );
}

function PrivateOfferBanner({ offerIds }: { offerIds: string[] }) {
  const [first] = offerIds;
  return (
    <section className="banner banner-info" aria-labelledby="private-offer-heading">
      <h2 id="private-offer-heading" className="banner-title">
        You have a private offer
      </h2>
      {offerIds.length === 1 && first ? (
        <p>
          A seller extended a private offer for this product to your account.{' '}
          <Link to={offerPath(first)}>
            View your private offer <span className="mono">{first}</span>
          </Link>
        </p>
      ) : (
        <>
          <p>Sellers extended {offerIds.length} private offers for this product to your account:</p>
          <ul className="doc-list">
            {offerIds.map((offerId) => (
              <li key={offerId}>
                <Link to={offerPath(offerId)}>
                  View private offer <span className="mono">{offerId}</span>
                </Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
