// The offer page (SPEC §8): everything the buyer needs to decide, the EULA, and Accept; once
// accepted, the agreement. /buyer/offers/<offerId> is the link in the buyer's email.
import {
  ErrorState,
  httpStatusOf,
  LoadingState,
  Money,
  type RouteProps,
  useTRPC,
} from '@offerdesk/ui';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { OfferStatusPill } from '../components/status-pill';
import { AcceptPanel } from '../offer/accept-panel';
import { AgreementSummary } from '../offer/agreement-summary';
import { EulaSection } from '../offer/eula-section';
import { OfferExpiry } from '../offer/offer-expiry';
import { OfferNotFound } from '../offer/offer-not-found';
import { OfferProduct } from '../offer/offer-product';
import { OfferStatusBanner } from '../offer/offer-status-banner';
import { OfferPricing, PaymentSchedule } from '../offer/offer-terms';

export default function OfferPage({ params }: RouteProps) {
  const offerId = params.offerId ?? '';
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const query = useQuery(trpc.buyer.offers.get.queryOptions({ offerId }));
  const refresh = useCallback(() => {
    void queryClient.invalidateQueries(trpc.buyer.offers.get.queryFilter({ offerId }));
  }, [queryClient, trpc, offerId]);

  if (query.isPending) return <LoadingState label="Loading the offer…" />;
  if (query.isError) {
    if (httpStatusOf(query.error) === 404) return <OfferNotFound offerId={offerId} />;
    return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  }
  const offer = query.data;
  return (
    <article className="offer" aria-labelledby="offer-name">
      <header className="offer-header">
        <h2 id="offer-name" className="offer-name">
          {offer.name}
        </h2>
        <OfferStatusPill status={offer.status} />
      </header>
      <p className="lede">
        Offer ID <span className="mono">{offer.offerId}</span>
      </p>
      <OfferStatusBanner offer={offer} />
      <div className="offer-layout">
        <div className="offer-main">
          {offer.agreement ? <AgreementSummary agreement={offer.agreement} /> : null}
          <OfferProduct offer={offer} />
          <OfferPricing offer={offer} />
          <PaymentSchedule offer={offer} />
          <EulaSection offer={offer} />
        </div>
        {/* Sticky only while it holds the short Accept box; taller, it could not be read. */}
        <aside
          className={
            offer.status === 'AVAILABLE' ? 'offer-aside offer-aside-sticky' : 'offer-aside'
          }
          aria-label="Decision"
        >
          <section className="card" aria-labelledby="summary-heading">
            <h2 id="summary-heading" className="visually-hidden">
              Summary
            </h2>
            <p className="total-line">
              <span>Total</span>
              <Money cents={offer.totalCents} />
            </p>
            {offer.status === 'AVAILABLE' || offer.status === 'EXPIRED' ? (
              <OfferExpiry offer={offer} fetchedAt={query.dataUpdatedAt} onExpired={refresh} />
            ) : null}
            {offer.status === 'AVAILABLE' ? <AcceptPanel offer={offer} /> : null}
            {offer.status === 'CANCELLED' ? (
              <p className="muted">Cancelled by the seller: it cannot be accepted.</p>
            ) : null}
            {offer.status === 'ACCEPTED' ? (
              <p className="muted">Accepted: your agreement is on this page.</p>
            ) : null}
          </section>
        </aside>
      </div>
    </article>
  );
}
