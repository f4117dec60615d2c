// priceOffer refusals on discount and custom authorizations: every problem, at its path.

import { describe, expect, test } from 'vitest';
import { OfferValidationError } from './errors';
import { type PriceOfferInput, priceOffer } from './pricing';

function issuesOf(input: unknown) {
  try {
    priceOffer(input as PriceOfferInput);
  } catch (error) {
    expect(error).toBeInstanceOf(OfferValidationError);
    return (error as OfferValidationError).issues;
  }
  throw new Error('expected priceOffer to refuse the input');
}

describe('refusals, with paths relative to the input', () => {
  const custom = { kind: 'custom' } as const;
  const oneLine = [{ key: 'A', wholesaleUnitCents: 100, quantity: 1 }];

  test('DISCOUNT is not a pricing option', () => {
    expect(
      issuesOf({ authorization: custom, dimensions: oneLine, pricing: { mode: 'DISCOUNT' } }),
    ).toEqual([
      {
        path: ['pricing', 'mode'],
        message:
          'DISCOUNT is not a pricing option for professional services resale; choose MARKUP or FIXED PRICE',
      },
    ]);
  });

  test('FIXED PRICE only on a payment schedule', () => {
    const pricing = { mode: 'FIXED_PRICE', buyerCents: [100] };
    expect(issuesOf({ authorization: custom, dimensions: oneLine, pricing })).toEqual([
      {
        path: ['pricing', 'mode'],
        message: 'FIXED PRICE is only for authorizations with a payment schedule; choose MARKUP',
      },
    ]);
  });

  test('every problem is collected, each at its path', () => {
    const issues = issuesOf({
      authorization: { kind: 'discount', discountPpm: 1_000_001 },
      dimensions: [
        { key: 'A', listUnitCents: 1_000_000_001, quantity: 0 },
        { key: 'A', quantity: 1.5 },
        { key: ' ', listUnitCents: 1, quantity: 1_000_001 },
      ],
      pricing: { mode: 'MARKUP', markupPpm: 10_000_001 },
    });
    expect(issues).toEqual([
      { path: ['authorization', 'discountPpm'], message: 'The discount must be from 0 % to 100 %' },
      {
        path: ['dimensions', 0, 'quantity'],
        message: 'The quantity must be a whole number from 1 to 1,000,000',
      },
      {
        path: ['dimensions', 0, 'listUnitCents'],
        message: 'The list price must be an amount from $0.00 to $10,000,000.00',
      },
      { path: ['dimensions', 1, 'key'], message: 'Pricing dimension "A" appears more than once' },
      {
        path: ['dimensions', 1, 'quantity'],
        message: 'The quantity must be a whole number from 1 to 1,000,000',
      },
      {
        path: ['dimensions', 1, 'listUnitCents'],
        message: 'A discount authorization needs the list price of each dimension',
      },
      { path: ['dimensions', 2, 'key'], message: 'Each pricing dimension needs a name' },
      {
        path: ['dimensions', 2, 'quantity'],
        message: 'The quantity must be a whole number from 1 to 1,000,000',
      },
      { path: ['pricing', 'markupPpm'], message: 'The markup must be from 0 % to 1,000 %' },
    ]);
  });

  test('a custom authorization needs wholesale prices; 1…24 dimensions', () => {
    const pricing = { mode: 'MARKUP', markupPpm: 0 };
    expect(
      issuesOf({ authorization: custom, dimensions: [{ key: 'A', quantity: 1 }], pricing }),
    ).toEqual([
      {
        path: ['dimensions', 0, 'wholesaleUnitCents'],
        message: 'A custom-price authorization needs the wholesale price of each dimension',
      },
    ]);
    expect(issuesOf({ authorization: custom, dimensions: [], pricing })).toEqual([
      { path: ['dimensions'], message: 'Add at least one pricing dimension' },
    ]);
    const many = Array.from({ length: 25 }, (_, i) => ({
      key: `D${i}`,
      wholesaleUnitCents: 1,
      quantity: 1,
    }));
    expect(issuesOf({ authorization: custom, dimensions: many, pricing })).toEqual([
      { path: ['dimensions'], message: 'A product can have at most 24 pricing dimensions' },
    ]);
  });
});
