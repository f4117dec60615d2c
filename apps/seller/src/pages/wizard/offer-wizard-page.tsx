// Create offer (guide steps 3–9) at /offers/:offerId/edit?step=…: the draft is saved at each
// step, so the wizard can be left and resumed; once extended, the same address follows the
// offer while it is published.
import { type RouteProps, useLocation, useNavigate, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { QueryView } from '../../components/query-view';
import { StatusBadge } from '../../components/status-badge';
import { BuyersStep } from './buyers-step';
import { ContractStep } from './contract-step';
import { DocumentsStep } from './documents-step';
import { ExpirationStep } from './expiration-step';
import { PricingStep } from './pricing-step';
import { PublishingPanel } from './publishing-panel';
import { ReviewStep } from './review-step';
import { StepNav } from './step-nav';
import './wizard.css';
import {
  errorsOfStep,
  firstOpenStep,
  type SellerOffer,
  STEP_KEYS,
  type StepKey,
  stepOfField,
  stepsFor,
} from './wizard-steps';

export default function OfferWizardPage({ params }: RouteProps) {
  const offerId = params.offerId ?? '';
  const trpc = useTRPC();
  const offer = useQuery({
    ...trpc.offers.get.queryOptions({ offerId }),
    // While publishing, ask again until the job is done (about a second).
    refetchInterval: (query) => (query.state.data?.storedStatus === 'PUBLISHING' ? 500 : false),
  });
  return (
    <QueryView
      query={offer}
      loading="Loading the offer…"
      errorTitle="This offer could not be opened"
    >
      {(data) =>
        data.storedStatus === 'DRAFT' ? <Wizard offer={data} /> : <PublishingPanel offer={data} />
      }
    </QueryView>
  );
}

function Wizard({ offer }: { offer: SellerOffer }) {
  const { search } = useLocation();
  const navigate = useNavigate();
  // Messages from the last refused Extend, shown at their fields in every step.
  const [extendErrors, setExtendErrors] = useState<Record<string, string>>({});
  const steps = stepsFor(offer);
  const asked = search.get('step') as StepKey | null;
  const step: StepKey =
    asked && STEP_KEYS.includes(asked) && steps.includes(asked) ? asked : firstOpenStep(offer);
  const index = steps.indexOf(step);
  const go = (key: StepKey | undefined) => {
    if (key) navigate(`/offers/${offer.id}/edit?step=${key}`);
  };
  const next = () => {
    // This step was saved: the last Extend's messages about it no longer hold.
    setExtendErrors((errors) =>
      Object.fromEntries(Object.entries(errors).filter(([key]) => stepOfField(key) !== step)),
    );
    go(steps[index + 1]);
  };
  const back = index > 0 ? () => go(steps[index - 1]) : undefined;
  const props = {
    offer,
    onNext: next,
    onBack: back,
    extendErrors: errorsOfStep(extendErrors, step),
  };

  return (
    <>
      <div className="wizard-heading">
        <p>
          <strong>{offer.product.name}</strong> from {offer.isv.name}
        </p>
        <p className="muted">
          Draft <span className="id-text">{offer.id}</span> · saved as you go{' '}
          <StatusBadge status={offer.status} />
        </p>
      </div>
      {offer.authorizationWarning ? (
        <div className="notice notice-warn" role="status">
          {offer.authorizationWarning}
        </div>
      ) : null}
      <StepNav offer={offer} current={step} />
      <section className="card" aria-labelledby="step-heading">
        {step === 'contract' ? <ContractStep {...props} /> : null}
        {step === 'buyers' ? <BuyersStep {...props} /> : null}
        {step === 'pricing' ? <PricingStep {...props} /> : null}
        {step === 'documents' ? <DocumentsStep {...props} /> : null}
        {step === 'expiration' ? <ExpirationStep {...props} /> : null}
        {step === 'review' ? (
          <ReviewStep
            {...props}
            allErrors={extendErrors}
            onExtendRefused={setExtendErrors}
            onRevise={() => go(steps[0])}
            onGoTo={go}
          />
        ) : null}
      </section>
    </>
  );
}

export type StepProps = {
  offer: SellerOffer;
  onNext: () => void;
  onBack: (() => void) | undefined;
  /** The last Extend's messages for this step's fields. */
  extendErrors: Record<string, string>;
};
