// The marketplace listing fee the ISV pays on its amount of each paid invoice (SPEC §9).
// There are no reseller fees.

import { MAX_CENTS, PPM } from './limits';
import { roundHalfUpDiv } from './rounding';

function assertRange(value: number, max: number, what: string): void {
  if (!Number.isSafeInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${what} must be an integer from 0 to ${max}`);
  }
}

/** roundHalfUp(isvCents × feePpm / 1,000,000): 2,619,497 at 35,000 ppm → 91,682. */
export function listingFeeCents(isvCents: number, feePpm: number): number {
  assertRange(isvCents, MAX_CENTS, 'isvCents');
  assertRange(feePpm, PPM, 'feePpm');
  return Number(roundHalfUpDiv(BigInt(isvCents) * BigInt(feePpm), BigInt(PPM)));
}

/** What the ISV receives for an invoice: its amount less the listing fee. */
export function isvDisbursementCents(isvCents: number, feePpm: number): number {
  return isvCents - listingFeeCents(isvCents, feePpm);
}
