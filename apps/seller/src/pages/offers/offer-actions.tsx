// The actions on one offer, in Manage offers and on its details page: view, continue a draft,
// copy the buyer's URL, update the expiration, clone, cancel. Each shows only where the
// offer's status allows it, so no button leads to a refusal.

import type { OfferDisplayStatus } from '@offerdesk/core';
import { ConfirmDialog, errorMessage, Link, useNavigate, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { CopyUrlButton } from '../../components/copy-url-button';
import { UpdateExpirationDialog } from './update-expiration-dialog';

type Offer = {
  id: string;
  status: OfferDisplayStatus;
  expirationDate: string | null;
  buyerAccountIds: string[];
};

export function OfferActions({
  offer,
  showDetails = true,
}: {
  offer: Offer;
  showDetails?: boolean;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'cancel' | 'expiration' | null>(null);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.offers.list.queryKey() });
    void queryClient.invalidateQueries({
      queryKey: trpc.offers.get.queryKey({ offerId: offer.id }),
    });
    void queryClient.invalidateQueries({
      queryKey: trpc.offers.history.queryKey({ offerId: offer.id }),
    });
  };
  const cancel = useMutation(
    trpc.offers.cancel.mutationOptions({
      onSuccess: () => {
        setDialog(null);
        refresh();
      },
    }),
  );
  const clone = useMutation(
    trpc.offers.clone.mutationOptions({
      onSuccess: ({ offerId }) => {
        void queryClient.invalidateQueries({ queryKey: trpc.offers.list.queryKey() });
        navigate(`/offers/${offerId}/edit`);
      },
    }),
  );
  const live = offer.status === 'PUBLISHED' || offer.status === 'EXPIRED';
  const editable = offer.status === 'DRAFT' || offer.status === 'FAILED';

  return (
    <div className="button-row">
      {showDetails ? (
        <Link
          className="button button-small"
          to={`/offers/${offer.id}`}
          aria-label={`View details of ${offer.id}`}
        >
          View details
        </Link>
      ) : null}
      {editable ? (
        <Link
          className="button button-small"
          to={`/offers/${offer.id}/edit`}
          aria-label={`Continue editing ${offer.id}`}
        >
          Continue editing
        </Link>
      ) : null}
      {live ? <CopyUrlButton offerId={offer.id} /> : null}
      {live ? (
        <button
          type="button"
          className="button button-small"
          aria-label={`Update expiration of ${offer.id}`}
          onClick={() => setDialog('expiration')}
        >
          Update expiration
        </button>
      ) : null}
      <button
        type="button"
        className="button button-small"
        aria-label={`Clone ${offer.id}`}
        disabled={clone.isPending}
        onClick={() => clone.mutate({ offerId: offer.id })}
      >
        Clone
      </button>
      {offer.status === 'PUBLISHED' ? (
        <button
          type="button"
          className="button button-small button-danger"
          aria-label={`Cancel offer ${offer.id}`}
          onClick={() => setDialog('cancel')}
        >
          Cancel offer
        </button>
      ) : null}
      {clone.error ? (
        <p className="field-error" role="alert">
          {errorMessage(clone.error)}
        </p>
      ) : null}
      <ConfirmDialog
        open={dialog === 'cancel'}
        title="Cancel this offer?"
        confirmLabel="Cancel offer"
        cancelLabel="Keep the offer"
        danger
        pending={cancel.isPending}
        error={cancel.error ? errorMessage(cancel.error) : null}
        onConfirm={() => cancel.mutate({ offerId: offer.id })}
        onClose={() => {
          setDialog(null);
          cancel.reset();
        }}
      >
        <p>
          Offer <span className="id-text">{offer.id}</span> stops accepting at once; its buyers are
          told. Agreements already made stand. This cannot be undone, but you can clone the offer.
        </p>
      </ConfirmDialog>
      {dialog === 'expiration' ? (
        <UpdateExpirationDialog offer={offer} onClose={() => setDialog(null)} onSaved={refresh} />
      ) : null}
    </div>
  );
}
