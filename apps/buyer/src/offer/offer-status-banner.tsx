// Says plainly when an offer can no longer be accepted, or that it was.
import { formatDate } from '@offerdesk/core';
import { formatDate as formatInstant } from '@offerdesk/ui';
import { expiresText } from '../lib/time-left';
import type { BuyerOffer } from './offer-types';

export function OfferStatusBanner({ offer }: { offer: BuyerOffer }) {
  if (offer.status === 'ACCEPTED' && offer.agreement) {
    return (
      <div className="banner banner-ok" role="status">
        <p className="banner-title">You accepted this offer</p>
        <p>
          On {formatInstant(offer.agreement.acceptedAt, true)}; agreement{' '}
          <span className="mono">{offer.agreement.id}</span>.
        </p>
      </div>
    );
  }
  if (offer.status === 'CANCELLED') {
    return (
      <div className="banner banner-danger">
        <p className="banner-title">This offer was cancelled</p>
        <p>
          {offer.sellerOfRecord} cancelled it, so it can no longer be accepted. Ask them for a new
          offer if you still want it.
        </p>
      </div>
    );
  }
  if (offer.status === 'EXPIRED') {
    return (
      <div className="banner banner-warn">
        <p className="banner-title">This offer has expired</p>
        <p>
          It could be accepted until {expiresText(formatDate(offer.expirationDate))} and can no
          longer be accepted. {offer.sellerOfRecord} can extend its expiration date.
        </p>
      </div>
    );
  }
  return null;
}
