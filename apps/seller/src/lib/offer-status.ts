// How an offer's status reads and looks in lists and on its page.
import type { OfferDisplayStatus } from '@offerdesk/core';

export const STATUS_LABELS: Record<OfferDisplayStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHING: 'Publishing',
  PUBLISHED: 'Published',
  FAILED: 'Failed',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Expired',
};

export const STATUS_TONES: Record<OfferDisplayStatus, 'neutral' | 'ok' | 'busy' | 'bad'> = {
  DRAFT: 'neutral',
  PUBLISHING: 'busy',
  PUBLISHED: 'ok',
  FAILED: 'bad',
  CANCELLED: 'bad',
  EXPIRED: 'neutral',
};

/** The buyer's link to an offer; the server's PUBLIC_URL is this origin in every deployment. */
export function offerUrl(offerId: string): string {
  return `${window.location.origin}/buyer/offers/${offerId}`;
}
