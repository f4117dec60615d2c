// The expiry as a UTC instant and the time left, counted down from the server's own figure
// (secondsLeft at the moment the offer was fetched), so a wrong clock on this computer does
// not change it. At zero the offer is fetched again and shows as expired.
import { formatDate } from '@offerdesk/core';
import { useEffect, useState } from 'react';
import { expiresText, formatTimeLeft } from '../lib/time-left';
import type { BuyerOffer } from './offer-types';

function useSecondsLeft(secondsLeft: number, fetchedAt: number, onZero: () => void): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), 15_000);
    return () => window.clearInterval(timer);
  }, []);
  const left = Math.max(0, secondsLeft - Math.floor((now - fetchedAt) / 1000));
  const ended = secondsLeft > 0 && left === 0;
  useEffect(() => {
    if (ended) onZero();
  }, [ended, onZero]);
  return left;
}

export function OfferExpiry({
  offer,
  fetchedAt,
  onExpired,
}: {
  offer: BuyerOffer;
  fetchedAt: number;
  onExpired: () => void;
}) {
  const left = useSecondsLeft(offer.secondsLeft, fetchedAt, onExpired);
  const expired = offer.status === 'EXPIRED';
  return (
    <p className="expiry">
      {expired ? 'Expired ' : 'Expires '}
      <time dateTime={offer.expiresAt}>{expiresText(formatDate(offer.expirationDate))}</time>
      {offer.status === 'AVAILABLE' ? (
        <>
          <br />
          <span className="time-left">{formatTimeLeft(left)}</span>
        </>
      ) : null}
    </p>
  );
}
