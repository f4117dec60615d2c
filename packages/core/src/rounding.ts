// Exact integer division with half-up rounding: the only rounding rule money uses (SPEC §3).

/**
 * numerator / denominator rounded half up. For a negative quotient, halves round away from
 * zero (mirror image of the positive case), so -0.5 → -1; money in Offerdesk is never
 * negative, but the rule stays symmetric rather than surprising.
 */
export function roundHalfUpDiv(numerator: bigint, denominator: bigint): bigint {
  if (denominator <= 0n) throw new RangeError('roundHalfUpDiv needs a positive denominator');
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  const quotient = magnitude / denominator;
  const remainder = magnitude % denominator;
  const rounded = remainder * 2n >= denominator ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}
