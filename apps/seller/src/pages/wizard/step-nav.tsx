import { Link } from '@offerdesk/ui';
import { type SellerOffer, STEP_LABELS, type StepKey, stepDone, stepsFor } from './wizard-steps';

/** The steps as an ordered list of links; the current one is marked for screen readers. */
export function StepNav({ offer, current }: { offer: SellerOffer; current: StepKey }) {
  const steps = stepsFor(offer);
  return (
    <nav aria-label="Offer steps" className="step-nav">
      <ol>
        {steps.map((key, index) => (
          <li key={key}>
            <Link
              to={`/offers/${offer.id}/edit?step=${key}`}
              aria-current={key === current ? 'step' : undefined}
              className={stepDone(offer, key) ? 'step-done' : undefined}
            >
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {STEP_LABELS[key]}
              {stepDone(offer, key) && key !== current ? (
                <span className="visually-hidden"> (done)</span>
              ) : null}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** Back and the step's main action, at the foot of each step. */
export function StepActions({
  onBack,
  submitLabel = 'Save and continue',
  pending,
  disabled,
}: {
  onBack?: () => void;
  submitLabel?: string;
  pending?: boolean;
  disabled?: boolean;
}) {
  return (
    <div className="button-row step-actions">
      {onBack ? (
        <button type="button" className="button" onClick={onBack}>
          Back
        </button>
      ) : null}
      <button type="submit" className="button button-main" disabled={pending || disabled}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </div>
  );
}
