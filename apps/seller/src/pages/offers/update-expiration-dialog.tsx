// A published (or expired) offer's new expiration date; an expired offer becomes available
// again. The same limits as at creation, checked by the server; its message shows at the field.
import { expiryInstant, todayUtc } from '@offerdesk/core';
import {
  errorMessage,
  formatDate,
  ModalDialog,
  readFieldErrors,
  TextField,
  useTRPC,
} from '@offerdesk/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';

type Props = {
  offer: { id: string; expirationDate: string | null };
  onClose: () => void;
  onSaved: () => void;
};

export function UpdateExpirationDialog({ offer, onClose, onSaved }: Props) {
  const trpc = useTRPC();
  const [date, setDate] = useState(offer.expirationDate ?? '');
  const update = useMutation(
    trpc.offers.updateExpiration.mutationOptions({
      onSuccess: () => {
        onSaved();
        onClose();
      },
    }),
  );
  const errors = update.error ? readFieldErrors(update.error) : {};
  const fieldError = errors.expirationDate;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (date) update.mutate({ offerId: offer.id, expirationDate: date });
  };
  return (
    <ModalDialog open title="Update expiration" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <p>
          Offer <span className="id-text">{offer.id}</span> currently expires on{' '}
          {offer.expirationDate ? formatDate(offer.expirationDate) : 'no date'}.
        </p>
        <TextField
          label="New expiration date"
          type="date"
          min={todayUtc(new Date())}
          value={date}
          onChange={(event) => setDate(event.target.value)}
          hint="Offer expires at 23:59:59 UTC on the date indicated."
          error={fieldError}
          required
        />
        {date && !fieldError ? (
          <p className="muted">
            Buyers can accept until{' '}
            <time dateTime={expiryInstant(date).toISOString()}>
              {formatDate(date)}, 23:59:59 UTC
            </time>
            .
          </p>
        ) : null}
        {update.error && !fieldError ? (
          <p className="form-error" role="alert">
            {errorMessage(update.error)}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="button button-main" disabled={!date || update.isPending}>
            {update.isPending ? 'Saving…' : 'Save expiration date'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
