// Guide step 8: everything the buyer will see, with the combined PDF shown inline (pdf.js, its
// own chunk, loaded as the viewer scrolls into view) and downloadable; then Revise offer or
// Extend offer. A refusal lists each problem with a link to the step that fixes it, and each
// shows at its field there.
import { errorMessage, PdfViewer, readFieldErrors, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { OfferSummary } from '../../components/offer-summary';
import { RegistrationLink } from '../../components/registration-refusal';
import type { StepProps } from './offer-wizard-page';
import { STEP_LABELS, type StepKey, stepOfField } from './wizard-steps';

type Props = StepProps & {
  allErrors: Record<string, string>;
  onExtendRefused: (errors: Record<string, string>) => void;
  onRevise: () => void;
  onGoTo: (step: StepKey) => void;
};

export function ReviewStep({ offer, allErrors, onExtendRefused, onRevise, onGoTo }: Props) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const problems = useRef<HTMLDivElement>(null);
  const extend = useMutation(
    trpc.offers.extend.mutationOptions({
      onSuccess: () => {
        onExtendRefused({});
        void queryClient.invalidateQueries({
          queryKey: trpc.offers.get.queryKey({ offerId: offer.id }),
        });
        void queryClient.invalidateQueries({ queryKey: trpc.offers.list.queryKey() });
      },
      onError: (error) => onExtendRefused(readFieldErrors(error)),
    }),
  );
  useEffect(() => {
    if (extend.error) problems.current?.focus();
  }, [extend.error]);
  const entries = Object.entries(allErrors);
  const pdfPath = `/files/offers/${offer.id}/eula.pdf`;

  return (
    <>
      <h2 id="step-heading">Review offer</h2>
      <p>Check the offer as your buyer will see it. Extend it when it is right.</p>
      {extend.error ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={problems}>
          <p>
            <strong>The offer was not extended.</strong>{' '}
            {entries.length === 0 ? errorMessage(extend.error) : 'Fix these first:'}
          </p>
          {entries.length > 0 ? (
            <ul className="errors-list">
              {entries.map(([key, message]) => {
                const step = stepOfField(key);
                return (
                  <li key={key}>
                    {message}
                    {step ? (
                      <>
                        {' '}
                        <button type="button" className="link-button" onClick={() => onGoTo(step)}>
                          Go to {STEP_LABELS[step]}
                        </button>
                      </>
                    ) : key === 'registration' ? (
                      <>
                        {' '}
                        <RegistrationLink />
                      </>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      ) : null}
      {offer.issues.length > 0 && !extend.error ? (
        <div className="notice notice-warn">
          <ul className="errors-list">
            {offer.issues.map((issue) => (
              <li key={issue.path.join('.')}>
                {issue.message}
                {issue.path[0] === 'registration' ? (
                  <>
                    {' '}
                    <RegistrationLink />
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <OfferSummary offer={offer} />
      <h3>Combined EULA PDF</h3>
      <p>
        The buyer reads and accepts this single document.{' '}
        <a href={pdfPath} download>
          Download the combined PDF
        </a>
      </p>
      <PdfViewer
        url={`${pdfPath}?inline=1`}
        label="Combined EULA PDF preview"
        showLabel="Show the combined PDF here"
      />
      <div className="button-row step-actions">
        <button type="button" className="button" onClick={onRevise}>
          Revise offer
        </button>
        <button
          type="button"
          className="button button-main"
          disabled={extend.isPending}
          onClick={() => extend.mutate({ offerId: offer.id })}
        >
          {extend.isPending ? 'Extending…' : 'Extend offer'}
        </button>
      </div>
    </>
  );
}
