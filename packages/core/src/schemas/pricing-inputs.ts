// Schemas for the figures of a price: the strings people type (→ cents or ppm, via the exact
// parsers) for forms, and the integers the API receives, with the same limits and messages.

import { z } from 'zod';
import {
  MAX_CENTS,
  MAX_DISCOUNT_PPM,
  MAX_MARKUP_PPM,
  MAX_QUANTITY,
  MAX_UNIT_CENTS,
} from '../limits';
import { pricingMessages } from '../messages';
import { type ParseResult, parseDollars, parsePercent } from '../money-parse';
import { PRICING_MODES } from './enums';

function fromText(parse: (text: string) => ParseResult<number>, emptyMessage: string) {
  return z.string({ error: emptyMessage }).transform((text, ctx) => {
    const result = parse(text);
    if (result.ok) return result.value;
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  });
}

/** Typed dollars → cents; `maxCents` defaults to the largest exact amount. */
export const dollarsInputSchema = (maxCents: number = MAX_CENTS) =>
  fromText((text) => parseDollars(text, maxCents), 'Enter an amount');

/** Typed unit price (list, wholesale) → cents, at most 10,000,000.00. */
export const unitPriceInputSchema = dollarsInputSchema(MAX_UNIT_CENTS);

/** Typed percentage → ppm; `maxPpm` defaults to 100 %. */
export const percentInputSchema = (maxPpm: number = MAX_DISCOUNT_PPM) =>
  fromText((text) => parsePercent(text, maxPpm), 'Enter a percentage');

export const markupInputSchema = percentInputSchema(MAX_MARKUP_PPM);
export const discountInputSchema = percentInputSchema(MAX_DISCOUNT_PPM);

/** A whole number in [min, max]; every failure shows the one sentence given. */
export function wholeNumberSchema(min: number, max: number, message: string) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/** Integer cents, 0 … MAX_CENTS. */
export const centsSchema = wholeNumberSchema(0, MAX_CENTS, pricingMessages.amount);
/** A unit price in cents, 0 … 10,000,000.00. */
export const unitCentsSchema = wholeNumberSchema(
  0,
  MAX_UNIT_CENTS,
  pricingMessages.unitPrice('unit price'),
);
export const quantitySchema = wholeNumberSchema(1, MAX_QUANTITY, pricingMessages.quantity);
export const markupPpmSchema = wholeNumberSchema(0, MAX_MARKUP_PPM, pricingMessages.markupRange);
export const discountPpmSchema = wholeNumberSchema(
  0,
  MAX_DISCOUNT_PPM,
  pricingMessages.discountRange,
);

function pricingModeMessage(input: unknown): string {
  const mode =
    typeof input === 'object' && input !== null ? (input as { mode?: unknown }).mode : input;
  const discount = typeof mode === 'string' && mode.toUpperCase() === 'DISCOUNT';
  return discount ? pricingMessages.discountNotOffered : pricingMessages.unknownMode;
}

/** MARKUP or FIXED_PRICE, with the DISCOUNT sentence for DISCOUNT. */
export const pricingModeSchema = z.enum(PRICING_MODES, {
  error: (issue) => pricingModeMessage(issue.input),
});

/**
 * The reseller's pricing choice as the API receives it. "DISCOUNT" gets its own sentence:
 * it is what people used to the marketplace's other private offers try (SPEC §3). Whether
 * FIXED PRICE fits the authorization is checked by priceOffer, which knows the schedule.
 */
export const offerPricingSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('MARKUP'), markupPpm: markupPpmSchema }),
    z.object({
      mode: z.literal('FIXED_PRICE'),
      buyerCents: z.array(wholeNumberSchema(0, MAX_CENTS, pricingMessages.buyerAmount), {
        error: pricingMessages.buyerAmount,
      }),
    }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union' ? pricingModeMessage(issue.input) : undefined,
  },
);

export type OfferPricingInput = z.infer<typeof offerPricingSchema>;
