// Words for an authorization's terms, as the reseller (Partners) and the ISV read them.
import type { RouterOutputs } from '@offerdesk/ui';

type Summary = RouterOutputs['reseller']['opportunities']['list']['items'][number];

export const CONTRACT_LABELS: Record<Summary['contract']['kind'], string> = {
  none: 'No reseller contract',
  standard: 'Offerdesk Standard Reseller Contract',
  custom: 'Custom reseller contract',
};

export const AVAILABILITY_LABELS: Record<Summary['availability'], string> = {
  single_use: 'Single use',
  until_date: 'Many offers until the end date',
  until_deactivated: 'Many offers until deactivated',
};

export const AUTHORIZATION_STATUS_LABELS: Record<Summary['status'], string> = {
  active: 'Active',
  expired: 'Expired',
  deactivated: 'Deactivated',
  used: 'Used',
};

export const AUTHORIZATION_STATUS_TONES: Record<Summary['status'], 'ok' | 'neutral' | 'bad'> = {
  active: 'ok',
  expired: 'neutral',
  deactivated: 'bad',
  used: 'neutral',
};

export function buyerRestrictionText(ids: readonly string[]): string {
  if (ids.length === 0) return 'Any buyer';
  if (ids.length <= 2) return `Only ${ids.join(', ')}`;
  return `Only ${ids.length} named accounts`;
}
