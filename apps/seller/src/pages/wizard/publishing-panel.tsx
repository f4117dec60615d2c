// Guide step 9, without the 45-minute wait: "Your private offer is being created", then the
// status turns to Published as the page polls offers.get (see OfferWizardPage), no reload.
import { errorMessage, Link, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { CopyUrlButton } from '../../components/copy-url-button';
import { StatusBadge } from '../../components/status-badge';
import type { SellerOffer } from './wizard-steps';

export function PublishingPanel({ offer }: { offer: SellerOffer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reopen = useMutation(
    trpc.offers.reopen.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({
          queryKey: trpc.offers.get.queryKey({ offerId: offer.id }),
        }),
    }),
  );
  const buyers = offer.buyerAccountIds.join(', ');
  return (
    <section className="card publishing" aria-labelledby="publishing-heading">
      <h2 id="publishing-heading">
        {offer.status === 'PUBLISHING'
          ? 'Your private offer is being created'
          : 'Your private offer'}
      </h2>
      <p>
        You've created an offer for <strong>{offer.product.name}</strong> for account(s) {buyers}.
      </p>
      <p role="status" aria-live="polite">
        Status: <StatusBadge status={offer.status} />{' '}
        {offer.status === 'PUBLISHING'
          ? 'Offerdesk is building the combined PDF and publishing the offer; this takes about a second.'
          : offer.status === 'PUBLISHED'
            ? 'The offer is published: your buyers have been notified and can accept it.'
            : null}
      </p>
      {offer.status === 'FAILED' ? (
        <div className="form-error">
          <p>{offer.failureReason ?? 'Publishing failed.'}</p>
          <button
            type="button"
            className="button"
            disabled={reopen.isPending}
            onClick={() => reopen.mutate({ offerId: offer.id })}
          >
            Reopen as a draft
          </button>
          {reopen.error ? <p role="alert">{errorMessage(reopen.error)}</p> : null}
        </div>
      ) : null}
      <p>
        Offer ID <span className="id-text">{offer.id}</span>. From Manage offers you can view the
        offer, copy its URL and share it with the buyer directly.
      </p>
      <div className="button-row">
        {offer.status === 'PUBLISHED' || offer.status === 'EXPIRED' ? (
          <CopyUrlButton offerId={offer.id} small={false} />
        ) : null}
        <Link className="button" to={`/offers/${offer.id}`}>
          View details
        </Link>
        <Link className="button button-main" to="/offers">
          Return to Manage offers
        </Link>
      </div>
    </section>
  );
}
