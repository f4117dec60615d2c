// Accept (SPEC §5): the consent box and the button. It sends the SHA-256 the offer came with,
// the fingerprint of the PDF shown above. The button is disabled while the call is out and a
// ref stops a second click that lands before React re-renders; the server is idempotent too.
import { errorMessage, httpStatusOf, readFieldErrors, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { BuyerOffer } from './offer-types';

export function AcceptPanel({ offer }: { offer: BuyerOffer }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [consent, setConsent] = useState(false);
  const inFlight = useRef(false);
  const alertRef = useRef<HTMLDivElement>(null);
  const consentId = useId();
  const accept = useMutation(
    trpc.buyer.offers.accept.mutationOptions({
      onSuccess: (agreement) => {
        queryClient.setQueryData(trpc.buyer.offers.get.queryKey({ offerId: offer.offerId }), {
          ...offer,
          status: 'ACCEPTED' as const,
          secondsLeft: 0,
          agreement,
        });
        void queryClient.invalidateQueries(trpc.buyer.pathFilter());
        void queryClient.invalidateQueries(trpc.catalog.pathFilter());
      },
      onError: (error) => {
        // Cancelled, expired or changed meanwhile: show the offer as it now stands.
        if ([404, 409, 412].includes(httpStatusOf(error) ?? 0)) {
          void queryClient.invalidateQueries(
            trpc.buyer.offers.get.queryFilter({ offerId: offer.offerId }),
          );
        }
      },
      onSettled: () => {
        inFlight.current = false;
      },
    }),
  );
  const fieldErrors = accept.error ? readFieldErrors(accept.error) : {};
  const consentError = fieldErrors.eulaConsent;
  const topError = accept.error && !consentError ? errorMessage(accept.error) : null;

  useEffect(() => {
    if (topError) alertRef.current?.focus();
  }, [topError]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    accept.mutate({
      offerId: offer.offerId,
      eulaConsent: consent,
      eulaSha256: offer.combinedPdf.sha256,
    });
  };

  return (
    <form className="accept-form" onSubmit={submit} aria-labelledby="accept-heading">
      <h2 id="accept-heading">Accept this offer</h2>
      {topError ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alertRef}>
          {topError}
        </div>
      ) : null}
      <div className="check">
        <input
          id={consentId}
          type="checkbox"
          checked={consent}
          onChange={(event) => setConsent(event.target.checked)}
          aria-invalid={consentError ? true : undefined}
          aria-describedby={consentError ? `${consentId}-error` : undefined}
        />
        <label htmlFor={consentId}>
          I have read the end user license agreement (EULA) above and accept it, and I accept this
          offer on behalf of my account.
        </label>
      </div>
      {consentError ? (
        <p id={`${consentId}-error`} className="field-error" role="alert">
          {consentError}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={accept.isPending}>
        {accept.isPending ? 'Accepting…' : 'Accept offer'}
      </button>
    </form>
  );
}
