// EXPIRED is never stored (SPEC §5): it is read off the clock, the same way in every list,
// filter and page, so an offer whose date is extended is available again without a write.

import { isAcceptableAt } from './dates';
import type { OfferDisplayStatus, OfferStatus } from './schemas/enums';

export type OfferStatusFacts = { status: OfferStatus; expirationDate: string | null };

/** PUBLISHED past its expiry instant shows as EXPIRED; every other status shows as stored. */
export function offerDisplayStatus(offer: OfferStatusFacts, now: Date): OfferDisplayStatus {
  if (offer.status === 'PUBLISHED' && offer.expirationDate !== null) {
    return isAcceptableAt(offer.expirationDate, now) ? 'PUBLISHED' : 'EXPIRED';
  }
  return offer.status;
}
