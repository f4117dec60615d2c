// SPEC §3's worked examples, verbatim, and §9's listing fee example.

import { describe, expect, test } from 'vitest';
import { listingFeeCents } from './listing-fee';
import { priceOffer } from './pricing';

describe('SPEC §3 worked examples', () => {
  const guideSchedule = {
    kind: 'schedule',
    installments: [
      { invoiceDate: '2024-01-17', isvCents: 50 },
      { invoiceDate: '2024-01-18', isvCents: 50 },
    ],
  } as const;
  const fixedUnits = [{ key: 'Pricing dimension 1', quantity: 1 }];

  test.each([
    ['fixed price 0.55 + 0.55', { mode: 'FIXED_PRICE', buyerCents: [55, 55] }],
    ['markup 10 %', { mode: 'MARKUP', markupPpm: 100_000 }],
  ] as const)('1. the guide schedule, %s: ISV 1.00, buyer 1.10, reseller 0.10', (_, pricing) => {
    const result = priceOffer({ authorization: guideSchedule, dimensions: fixedUnits, pricing });
    expect(result.lines).toEqual([]);
    expect(result.installments).toEqual([
      { invoiceDate: '2024-01-17', isvCents: 50, buyerCents: 55, resellerCents: 5 },
      { invoiceDate: '2024-01-18', isvCents: 50, buyerCents: 55, resellerCents: 5 },
    ]);
    expect(result.totals).toEqual({ isvCents: 100, buyerCents: 110, resellerCents: 10 });
  });

  test('2. discount 15.50 % off list, markup 7.25 %', () => {
    const result = priceOffer({
      authorization: { kind: 'discount', discountPpm: 155_000 },
      dimensions: [
        { key: 'Assessment', listUnitCents: 2_500_000, quantity: 1 },
        { key: 'Workshop day', listUnitCents: 199_999, quantity: 3 },
      ],
      pricing: { mode: 'MARKUP', markupPpm: 72_500 },
    });
    expect(result.lines.map((line) => [line.wholesaleUnitCents, line.buyerUnitCents])).toEqual([
      [2_112_500, 2_265_656],
      [168_999, 181_251],
    ]);
    expect(result.totals).toEqual({
      isvCents: 2_619_497,
      buyerCents: 2_809_409,
      resellerCents: 189_912,
    });
    expect(result.installments).toEqual([]);
  });

  test('3. tie: list 0.05 with discount 50.00 % → wholesale 0.03 (half up)', () => {
    const result = priceOffer({
      authorization: { kind: 'discount', discountPpm: 500_000 },
      dimensions: [{ key: 'Tie', listUnitCents: 5, quantity: 1 }],
      pricing: { mode: 'MARKUP', markupPpm: 0 },
    });
    expect(result.lines[0]?.wholesaleUnitCents).toBe(3);
  });

  test('4. markup 0.00 % on custom wholesale 10,000.00 × 12: reseller 0.00 is allowed', () => {
    const result = priceOffer({
      authorization: { kind: 'custom' },
      dimensions: [{ key: 'Managed month', wholesaleUnitCents: 1_000_000, quantity: 12 }],
      pricing: { mode: 'MARKUP', markupPpm: 0 },
    });
    expect(result.lines[0]).toMatchObject({ buyerCents: 12_000_000, resellerCents: 0 });
    expect(result.totals).toEqual({
      isvCents: 12_000_000,
      buyerCents: 12_000_000,
      resellerCents: 0,
    });
  });

  test('SPEC §9: listing fee 3.5 % of 26,194.97 is 916.82; the ISV is paid 25,278.15', () => {
    expect(listingFeeCents(2_619_497, 35_000)).toBe(91_682);
    expect(2_619_497 - listingFeeCents(2_619_497, 35_000)).toBe(2_527_815);
  });
});
