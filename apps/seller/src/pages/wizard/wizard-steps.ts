// The Create offer wizard's steps (guide steps 3–8) and which step a server message concerns,
// so a refusal at extend shows at the field it is about, one click away.
import type { RouterOutputs } from '@offerdesk/ui';

export type SellerOffer = RouterOutputs['offers']['get'];

export const STEP_KEYS = [
  'contract',
  'buyers',
  'pricing',
  'documents',
  'expiration',
  'review',
] as const;
export type StepKey = (typeof STEP_KEYS)[number];

export const STEP_LABELS: Record<StepKey, string> = {
  contract: 'Reseller contract',
  buyers: 'Buyers',
  pricing: 'Pricing',
  documents: 'Documents',
  expiration: 'Expiration',
  review: 'Review',
};

/** The contract step shows only when the opportunity carries a reseller contract. */
export function stepsFor(offer: SellerOffer): StepKey[] {
  return STEP_KEYS.filter((key) => key !== 'contract' || offer.contract.required);
}

function isComplete(offer: SellerOffer, key: StepKey): boolean {
  switch (key) {
    case 'contract':
      return offer.contract.accepted;
    case 'buyers':
      return offer.buyerAccountIds.length > 0;
    case 'pricing':
      return offer.pricing !== null;
    case 'documents':
      return true;
    case 'expiration':
      return offer.expirationDate !== null;
    case 'review':
      return false;
  }
}

/** Where a resumed draft opens: the first step not done yet. */
export function firstOpenStep(offer: SellerOffer): StepKey {
  const steps = stepsFor(offer);
  return steps.find((key) => key !== 'documents' && !isComplete(offer, key)) ?? 'review';
}

export function stepDone(offer: SellerOffer, key: StepKey): boolean {
  return isComplete(offer, key);
}

/** The step whose form holds the field at `fieldKey` ("buyerAccountIds.2", "pricing.markupPpm"). */
export function stepOfField(fieldKey: string): StepKey | null {
  const head = fieldKey.split('.')[0] ?? '';
  if (head === 'contract') return 'contract';
  if (head === 'buyerAccountIds' || head === 'name') return 'buyers';
  if (head === 'pricing' || head === 'dimensions' || head === 'schedule') return 'pricing';
  if (head === 'documents' || head === 'file' || head === 'fileName') return 'documents';
  if (head === 'expirationDate') return 'expiration';
  return null;
}

/** The messages of one step, from a map of field key → message. */
export function errorsOfStep(errors: Record<string, string>, step: StepKey) {
  return Object.fromEntries(Object.entries(errors).filter(([key]) => stepOfField(key) === step));
}
