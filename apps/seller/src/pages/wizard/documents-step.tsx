// Guide step 6: the ISV's EULA (always first) and up to 5 additional .pdf/.txt files, uploaded
// with a progress bar, put in order and removed. The combined PDF follows this order.
import { MAX_ADDITIONAL_DOCUMENTS } from '@offerdesk/core';
import { errorMessage, readFieldErrors, useTRPC } from '@offerdesk/ui';
import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { DocumentUpload } from './document-upload';
import type { StepProps } from './offer-wizard-page';
import { StepActions } from './step-nav';
import { useRefreshOffer } from './use-offer-draft';

function sizeText(bytes: number | null): string {
  if (bytes === null) return '';
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(Math.round((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

const KIND = { 'application/pdf': 'PDF', 'text/plain': 'Text' } as Record<string, string>;

export function DocumentsStep({ offer, onNext, onBack, extendErrors }: StepProps) {
  const trpc = useTRPC();
  const refresh = useRefreshOffer(offer.id);
  const onSettled = () => void refresh();
  const reorder = useMutation(trpc.offers.reorderDocuments.mutationOptions({ onSettled }));
  const remove = useMutation(trpc.offers.removeDocument.mutationOptions({ onSettled }));
  const eula = offer.documents.find((d) => d.kind === 'EULA');
  const additional = offer.documents.filter((d) => d.kind === 'ADDITIONAL');
  const ids = additional.map((d) => d.id ?? '');
  const move = (index: number, by: -1 | 1) => {
    const order = [...ids];
    const [moved] = order.splice(index, 1);
    if (moved === undefined) return;
    order.splice(index + by, 0, moved);
    reorder.mutate({ offerId: offer.id, documentIds: order });
  };
  const busy = reorder.isPending || remove.isPending;
  const failure = reorder.error ?? remove.error;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNext();
  };

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="step-heading">Documents</h2>
      <h3>ISV legal terms and documentation</h3>
      <p className="muted">
        The EULA is provided by the ISV as part of the authorization and is presented to the buyer
        first. Contact {offer.isv.name} if you need a different EULA.
      </p>
      <ul className="doc-list" aria-label="ISV documents">
        <li>
          <span className="doc-name">
            <strong>EULA</strong> · {eula?.fileName}
          </span>
        </li>
      </ul>
      <h3>Additional legal terms and other offer documents</h3>
      <p className="muted">
        Upload up to {MAX_ADDITIONAL_DOCUMENTS} files (statement of work, bill of materials, pricing
        sheet…), plain text .txt or .pdf only, at most 10 MB each. They are combined into a single
        PDF with the ISV EULA, in the order below.
      </p>
      {additional.length > 0 ? (
        <ol className="doc-list" aria-label="Additional documents, in order">
          {additional.map((d, index) => (
            <li key={d.id}>
              <span className="doc-name">
                {index + 1}. {d.fileName}
                <span className="sub">
                  {KIND[d.mediaType] ?? d.mediaType} · {sizeText(d.sizeBytes)}
                </span>
              </span>
              <span className="button-row">
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Move ${d.fileName} up`}
                  disabled={index === 0 || busy}
                  onClick={() => move(index, -1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className="button button-small"
                  aria-label={`Move ${d.fileName} down`}
                  disabled={index === additional.length - 1 || busy}
                  onClick={() => move(index, 1)}
                >
                  Down
                </button>
                <button
                  type="button"
                  className="button button-small button-danger"
                  aria-label={`Remove ${d.fileName}`}
                  disabled={busy}
                  onClick={() => remove.mutate({ offerId: offer.id, documentId: d.id ?? '' })}
                >
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      ) : (
        <p>No additional documents yet.</p>
      )}
      {failure ? (
        <p className="form-error" role="alert">
          {Object.values(readFieldErrors(failure))[0] ?? errorMessage(failure)}
        </p>
      ) : null}
      <DocumentUpload
        offerId={offer.id}
        count={additional.length}
        onUploaded={onSettled}
        serverError={extendErrors.documents}
      />
      <p>
        <a href={`/files/offers/${offer.id}/eula.pdf?inline=1`} target="_blank" rel="noopener">
          Preview the combined PDF (opens in a new tab)
        </a>
      </p>
      <StepActions onBack={onBack} submitLabel="Continue" />
    </form>
  );
}
