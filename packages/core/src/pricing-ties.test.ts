// Half-up rounding at ties built on purpose (random inputs rarely land exactly on half a
// cent), and DISCOUNT refused whatever the rest of the input.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { type PriceOfferInput, priceOffer } from './pricing';
import { scheduleInput, upfrontInput } from './testing/pricing-arbitraries';

describe('half-up rounding at constructed ties', () => {
  const custom = (wholesale: number, ppm: number): PriceOfferInput => ({
    authorization: { kind: 'custom' },
    dimensions: [{ key: 'Tie', wholesaleUnitCents: wholesale, quantity: 1 }],
    pricing: { mode: 'MARKUP', markupPpm: ppm },
  });

  test('an odd list price at 50 % off rounds up: (L + 1) / 2', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 499_999_999 }), (k) => {
        const list = 2 * k + 1;
        const result = priceOffer({
          authorization: { kind: 'discount', discountPpm: 500_000 },
          dimensions: [{ key: 'Tie', listUnitCents: list, quantity: 1 }],
          pricing: { mode: 'MARKUP', markupPpm: 0 },
        });
        expect(result.lines[0]?.wholesaleUnitCents).toBe(k + 1);
      }),
    );
  });

  test('wholesale 4k + 2 with a 25 % markup: 5k + 2.5 rounds to 5k + 3', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 150_000_000 }), (k) => {
        expect(priceOffer(custom(4 * k + 2, 250_000)).lines[0]?.buyerUnitCents).toBe(5 * k + 3);
      }),
    );
  });

  test('wholesale 100,000 × j (j odd) with a 5 ppm markup: half a cent more rounds up', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_999 }), (i) => {
        const j = 2 * i + 1;
        expect(priceOffer(custom(100_000 * j, 5)).lines[0]?.buyerUnitCents).toBe(
          100_000 * j + (j + 1) / 2,
        );
      }),
    );
  });

  test('an installment at a tie rounds up: 0.05 marked up 50 % is 0.08', () => {
    const result = priceOffer({
      authorization: {
        kind: 'schedule',
        installments: [{ invoiceDate: '2030-01-01', isvCents: 5 }],
      },
      dimensions: [{ key: 'Pricing dimension 1', quantity: 1 }],
      pricing: { mode: 'MARKUP', markupPpm: 500_000 },
    });
    expect(result.installments[0]?.buyerCents).toBe(8);
  });
});

describe('DISCOUNT', () => {
  test('DISCOUNT is refused whatever else the input holds', () => {
    fc.assert(
      fc.property(
        fc.oneof(upfrontInput, scheduleInput),
        fc.constantFrom('DISCOUNT', 'discount'),
        (input, mode) => {
          const untyped = {
            ...input,
            pricing: { mode, discountPpm: 100_000 },
          } as unknown as PriceOfferInput;
          expect(() => priceOffer(untyped)).toThrow(
            /DISCOUNT is not a pricing option for professional services resale/,
          );
        },
      ),
      { numRuns: 100 },
    );
  });
});
