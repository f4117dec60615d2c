// priceOffer refusals on payment schedules and at the amount limits.

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

describe('schedule and limit refusals, with paths relative to the input', () => {
  const custom = { kind: 'custom' } as const;

  test('schedule: one dimension, 1…60 distinct real dates, buyer amounts ≥ ISV amounts', () => {
    const authorization = {
      kind: 'schedule',
      installments: [
        { invoiceDate: '2024-01-17', isvCents: 50 },
        { invoiceDate: '2024-01-17', isvCents: 50 },
        { invoiceDate: '2027-02-29', isvCents: -1 },
      ],
    };
    const dimensions = [
      { key: 'A', quantity: 1 },
      { key: 'B', quantity: 1 },
    ];
    const issues = issuesOf({
      authorization,
      dimensions,
      pricing: { mode: 'FIXED_PRICE', buyerCents: [49, 55, 60] },
    });
    expect(issues).toEqual([
      {
        path: ['authorization', 'installments', 1, 'invoiceDate'],
        message:
          'Each installment needs its own invoice date; January 17, 2024 is used more than once',
      },
      {
        path: ['authorization', 'installments', 2, 'invoiceDate'],
        message: '2027-02-29 is not a date on the calendar',
      },
      {
        path: ['authorization', 'installments', 2, 'isvCents'],
        message: 'The ISV amount must be an amount from $0.00 to $90,071,992,547,409.91',
      },
      {
        path: ['dimensions'],
        message: 'An authorization with a payment schedule has exactly one pricing dimension',
      },
      {
        path: ['pricing', 'buyerCents', 0],
        message: 'The buyer amount must be at least the ISV amount of $0.50',
      },
    ]);
  });

  test('schedule: one buyer amount per installment; at most 60 installments', () => {
    const installments = [{ invoiceDate: '2024-01-17', isvCents: 50 }];
    const dimensions = [{ key: 'A', quantity: 1 }];
    const pricing = { mode: 'FIXED_PRICE', buyerCents: [55, 55] };
    expect(
      issuesOf({ authorization: { kind: 'schedule', installments }, dimensions, pricing }),
    ).toEqual([
      {
        path: ['pricing', 'buyerCents'],
        message: 'Enter the buyer amount of the installment',
      },
    ]);
    const sixtyOne = Array.from({ length: 61 }, (_, i) => ({
      invoiceDate: `2030-01-${String((i % 28) + 1).padStart(2, '0')}`,
      isvCents: 1,
    }));
    const markup = { mode: 'MARKUP', markupPpm: 0 };
    const issues = issuesOf({
      authorization: { kind: 'schedule', installments: sixtyOne },
      dimensions,
      pricing: markup,
    });
    expect(issues[0]).toEqual({
      path: ['authorization', 'installments'],
      message: 'A payment schedule can have at most 60 installments',
    });
  });

  test('a buyer unit price above 10,000,000.00 is refused, not capped', () => {
    const issues = issuesOf({
      authorization: custom,
      dimensions: [{ key: 'Big', wholesaleUnitCents: 1_000_000_000, quantity: 1 }],
      pricing: { mode: 'MARKUP', markupPpm: 1 },
    });
    expect(issues).toEqual([
      {
        path: ['pricing', 'markupPpm'],
        message:
          'The buyer unit price of "Big" would be $10,000,010.00, above the limit of $10,000,000.00; lower the markup',
      },
    ]);
  });

  test('a total above 2^53 − 1 cents is refused with a clear message', () => {
    const dimensions = Array.from({ length: 10 }, (_, i) => ({
      key: `D${i}`,
      wholesaleUnitCents: 1_000_000_000,
      quantity: 1_000_000,
    }));
    const issues = issuesOf({
      authorization: custom,
      dimensions,
      pricing: { mode: 'MARKUP', markupPpm: 0 },
    });
    expect(issues).toEqual([
      {
        path: ['dimensions'],
        message:
          'The total due to the ISV would be above $90,071,992,547,409.91, the largest amount Offerdesk can hold',
      },
      {
        path: ['dimensions'],
        message:
          'The total due from the buyer would be above $90,071,992,547,409.91, the largest amount Offerdesk can hold',
      },
    ]);
  });

  test('an installment marked up past 2^53 − 1 cents is refused', () => {
    const issues = issuesOf({
      authorization: {
        kind: 'schedule',
        installments: [{ invoiceDate: '2030-01-01', isvCents: Number.MAX_SAFE_INTEGER }],
      },
      dimensions: [{ key: 'A', quantity: 1 }],
      pricing: { mode: 'MARKUP', markupPpm: 1 },
    });
    expect(issues[0]).toEqual({
      path: ['pricing', 'markupPpm'],
      message:
        'The buyer amount of installment 1 would be above $90,071,992,547,409.91, the largest amount Offerdesk can hold',
    });
  });

  test('schedule totals: the ISV total at the schedule, the buyer total at the buyer amounts', () => {
    const half = Math.ceil(Number.MAX_SAFE_INTEGER / 2);
    const issues = issuesOf({
      authorization: {
        kind: 'schedule',
        installments: [
          { invoiceDate: '2030-01-01', isvCents: half },
          { invoiceDate: '2030-02-01', isvCents: half },
        ],
      },
      dimensions: [{ key: 'A', quantity: 1 }],
      pricing: { mode: 'FIXED_PRICE', buyerCents: [half, half] },
    });
    const limit = '$90,071,992,547,409.91, the largest amount Offerdesk can hold';
    expect(issues).toEqual([
      {
        path: ['authorization', 'installments'],
        message: `The total due to the ISV would be above ${limit}`,
      },
      {
        path: ['pricing', 'buyerCents'],
        message: `The total due from the buyer would be above ${limit}`,
      },
    ]);
  });

  test('untyped rubbish is refused, never thrown as a TypeError', () => {
    expect(issuesOf(null)).toEqual([{ path: [], message: 'The pricing details are missing' }]);
    expect(issuesOf({ authorization: { kind: 'x' }, dimensions: 'no', pricing: 5 })).toEqual([
      {
        path: ['authorization', 'kind'],
        message: 'The authorization pricing must be discount, custom or schedule',
      },
      { path: ['dimensions'], message: 'Add at least one pricing dimension' },
      { path: ['pricing'], message: 'The pricing details are missing' },
    ]);
  });
});
