// Guide step 3: view the reseller contract and accept it (recorded once per opportunity,
// with the user and the time). The standard contract opens in a new tab; a custom one, the
// ISV's own uploaded PDF, downloads (/files/authorizations/:id/contract.pdf).
import { DateText, errorMessage, useTRPC } from '@offerdesk/ui';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CheckField } from '../../components/fields';
import type { StepProps } from './offer-wizard-page';
import { StepActions } from './step-nav';
import { useRefreshOffer } from './use-offer-draft';

export function ContractStep({ offer, onNext, onBack, extendErrors }: StepProps) {
  const trpc = useTRPC();
  const refresh = useRefreshOffer(offer.id);
  const { contract } = offer;
  const [ticked, setTicked] = useState(contract.accepted);
  const accept = useMutation(
    trpc.reseller.acceptContract.mutationOptions({
      onSuccess: async () => {
        await refresh();
        onNext();
      },
    }),
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (contract.accepted) onNext();
    else if (ticked) accept.mutate({ authorizationId: offer.authorization.id });
  };
  const error = accept.error ? errorMessage(accept.error) : extendErrors.contract;

  return (
    <form onSubmit={submit} noValidate>
      <h2 id="step-heading">Accept the reseller contract</h2>
      <p>
        This opportunity comes with a reseller contract between you and {offer.isv.name}. Read it,
        then accept it to create offers from this opportunity.
      </p>
      <p>
        {contract.kind === 'standard' ? (
          <a href="/files/contracts/standard.pdf?inline=1" target="_blank" rel="noopener">
            View the contract: {contract.fileName} (PDF, opens in a new tab)
          </a>
        ) : (
          <>
            <a href={`/files/authorizations/${offer.authorization.id}/contract.pdf`} download>
              Download the contract: {contract.fileName ?? 'Reseller contract.pdf'} (PDF)
            </a>
            <span className="sub">
              The custom contract {offer.isv.name} attached to this authorization.
            </span>
          </>
        )}
      </p>
      <CheckField
        label="I accept the reseller contract"
        checked={contract.accepted || ticked}
        disabled={contract.accepted}
        onChange={(event) => setTicked(event.target.checked)}
        error={error}
        hint={
          contract.accepted && contract.acceptedAt ? (
            <>
              Accepted by {contract.acceptedByEmail ?? 'your account'} on{' '}
              <DateText value={contract.acceptedAt} withTime />
            </>
          ) : undefined
        }
      />
      <StepActions
        onBack={onBack}
        pending={accept.isPending}
        disabled={!contract.accepted && !ticked}
        submitLabel={contract.accepted ? 'Continue' : 'Accept and continue'}
      />
    </form>
  );
}
