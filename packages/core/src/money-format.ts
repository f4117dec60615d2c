// Display and pre-fill strings for cents and ppm. Built from integer parts (BigInt), never
// from cents / 100, so the last cent is right even near Number.MAX_SAFE_INTEGER.

/** "1,999": en-US digit grouping, by hand (Intl's cost more than the rest of a notice). */
function groupThousands(whole: bigint): string {
  return whole.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function assertWholeNumber(value: number, what: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${what} must be a safe integer`);
}

/** Splits |value| into whole units and a zero-padded fraction of `digits` digits. */
function splitScaled(value: number, digits: number): { whole: bigint; fraction: string } {
  const magnitude = BigInt(Math.abs(value));
  const scale = 10n ** BigInt(digits);
  return {
    whole: magnitude / scale,
    fraction: (magnitude % scale).toString().padStart(digits, '0'),
  };
}

/** "$1,999.99" (en-US, USD); negative amounts as "-$5.00". */
export function formatUsd(cents: number): string {
  assertWholeNumber(cents, 'An amount in cents');
  const { whole, fraction } = splitScaled(cents, 2);
  // Intl's en-US USD format, built from the exact integer parts.
  return `${cents < 0 ? '-' : ''}$${groupThousands(whole)}.${fraction}`;
}

/**
 * "15.50 %": two decimals at least (as prices are shown, "15.50 % off list"), up to the four
 * a percentage can hold, so 33.3333 % is never shown rounded.
 */
export function formatPercent(ppm: number): string {
  assertWholeNumber(ppm, 'A percentage in ppm');
  const { whole, fraction } = splitScaled(ppm, 4);
  const decimals = fraction.replace(/0{1,2}$/, '');
  return `${ppm < 0 ? '-' : ''}${groupThousands(whole)}.${decimals} %`;
}

/** Shortest exact form, e.g. "100 %" or "1,000 %", for messages quoting a limit. */
export function formatPercentShort(ppm: number): string {
  assertWholeNumber(ppm, 'A percentage in ppm');
  const { whole, fraction } = splitScaled(ppm, 4);
  const decimals = fraction.replace(/0+$/, '');
  const sign = ppm < 0 ? '-' : '';
  return `${sign}${groupThousands(whole)}${decimals ? `.${decimals}` : ''} %`;
}

/** "1999.99": what an amount input is pre-filled with (no separators, always 2 decimals). */
export function centsToInput(cents: number): string {
  assertWholeNumber(cents, 'An amount in cents');
  const { whole, fraction } = splitScaled(cents, 2);
  return `${cents < 0 ? '-' : ''}${whole}.${fraction}`;
}

/** "15.5": what a percentage input is pre-filled with (shortest exact form). */
export function ppmToInput(ppm: number): string {
  assertWholeNumber(ppm, 'A percentage in ppm');
  const { whole, fraction } = splitScaled(ppm, 4);
  const decimals = fraction.replace(/0+$/, '');
  return `${ppm < 0 ? '-' : ''}${whole}${decimals ? `.${decimals}` : ''}`;
}
