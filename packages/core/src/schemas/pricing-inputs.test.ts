import { expect, test } from 'vitest';
import {
  discountInputSchema,
  dollarsInputSchema,
  markupInputSchema,
  markupPpmSchema,
  offerPricingSchema,
  pricingModeSchema,
  quantitySchema,
  unitPriceInputSchema,
} from './pricing-inputs';

const messages = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map(({ path, message }) => ({ path, message }));

test('typed amounts and percentages become cents and ppm', () => {
  expect(unitPriceInputSchema.parse('1,999.99')).toBe(199_999);
  expect(dollarsInputSchema().parse('0.55')).toBe(55);
  expect(markupInputSchema.parse('7.25')).toBe(72_500);
  expect(markupInputSchema.parse('1000')).toBe(10_000_000);
  expect(discountInputSchema.parse('15.5')).toBe(155_000);
});

test('with the parsers’ messages', () => {
  expect(messages(unitPriceInputSchema.safeParse('10,000,000.01'))).toEqual([
    { path: [], message: 'The amount can be at most $10,000,000.00' },
  ]);
  expect(messages(discountInputSchema.safeParse('100.5'))).toEqual([
    { path: [], message: 'The percentage can be at most 100 %' },
  ]);
  expect(messages(markupInputSchema.safeParse('7.123456'))).toEqual([
    { path: [], message: 'Enter at most 4 decimal places' },
  ]);
});

test('integers as the API receives them', () => {
  expect(quantitySchema.parse(3)).toBe(3);
  expect(messages(quantitySchema.safeParse(0))).toEqual([
    { path: [], message: 'The quantity must be a whole number from 1 to 1,000,000' },
  ]);
  expect(messages(markupPpmSchema.safeParse(10_000_001))).toEqual([
    { path: [], message: 'The markup must be from 0 % to 1,000 %' },
  ]);
});

test('offerPricingSchema: MARKUP or FIXED PRICE; DISCOUNT gets its own sentence', () => {
  expect(offerPricingSchema.parse({ mode: 'MARKUP', markupPpm: 100_000 })).toEqual({
    mode: 'MARKUP',
    markupPpm: 100_000,
  });
  expect(offerPricingSchema.parse({ mode: 'FIXED_PRICE', buyerCents: [55, 55] })).toEqual({
    mode: 'FIXED_PRICE',
    buyerCents: [55, 55],
  });
  expect(
    messages(offerPricingSchema.safeParse({ mode: 'DISCOUNT', discountPpm: 100_000 })),
  ).toEqual([
    {
      path: ['mode'],
      message:
        'DISCOUNT is not a pricing option for professional services resale; choose MARKUP or FIXED PRICE',
    },
  ]);
  expect(messages(offerPricingSchema.safeParse({ mode: 'OTHER' }))).toEqual([
    { path: ['mode'], message: 'Choose MARKUP or FIXED PRICE' },
  ]);
  expect(
    messages(offerPricingSchema.safeParse({ mode: 'FIXED_PRICE', buyerCents: [55, -1] })),
  ).toEqual([
    {
      path: ['buyerCents', 1],
      message: 'The buyer amount must be an amount from $0.00 to $90,071,992,547,409.91',
    },
  ]);
});

test('pricingModeSchema', () => {
  expect(pricingModeSchema.parse('FIXED_PRICE')).toBe('FIXED_PRICE');
  expect(messages(pricingModeSchema.safeParse('DISCOUNT'))).toEqual([
    {
      path: [],
      message:
        'DISCOUNT is not a pricing option for professional services resale; choose MARKUP or FIXED PRICE',
    },
  ]);
  expect(messages(pricingModeSchema.safeParse('X'))).toEqual([
    { path: [], message: 'Choose MARKUP or FIXED PRICE' },
  ]);
});
