// priceOffer against a second implementation written here, independently: its own rounding
// (floor((2·n + d) / 2·d)), its own limits, all in BigInt, with the reseller amount as a
// difference only in the invariant check, never in the comparison.

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { OfferValidationError } from './errors';
import { type OfferPricing, type PriceOfferInput, priceOffer } from './pricing';
import { markup, safeMax, scheduleInput, upfrontInput } from './testing/pricing-arbitraries';

const MILLION = 1_000_000n;
const SAFE = 9_007_199_254_740_991n;
const UNIT_LIMIT = 1_000_000_000n;

const halfUp = (n: bigint, d: bigint) => (2n * n + d) / (2n * d);

type Row = { isv: bigint; buyer: bigint };
type Reference = {
  refused: boolean;
  rows: (Row & { wholesaleUnit?: bigint; buyerUnit?: bigint })[];
  totals: Row;
};

function reference(input: PriceOfferInput): Reference {
  const { authorization: auth, pricing } = input;
  const rows: Reference['rows'] = [];
  let refused = false;
  if (auth.kind === 'schedule') {
    auth.installments.forEach((installment, i) => {
      const isv = BigInt(installment.isvCents);
      const buyer =
        pricing.mode === 'MARKUP'
          ? halfUp(isv * (MILLION + BigInt(pricing.markupPpm)), MILLION)
          : BigInt(pricing.buyerCents[i] ?? -1);
      rows.push({ isv, buyer });
    });
  } else {
    for (const dimension of input.dimensions) {
      const wholesaleUnit =
        auth.kind === 'discount'
          ? halfUp(
              BigInt(dimension.listUnitCents ?? 0) * (MILLION - BigInt(auth.discountPpm)),
              MILLION,
            )
          : BigInt(dimension.wholesaleUnitCents ?? 0);
      const markup = pricing.mode === 'MARKUP' ? BigInt(pricing.markupPpm) : 0n;
      const buyerUnit = halfUp(wholesaleUnit * (MILLION + markup), MILLION);
      if (buyerUnit > UNIT_LIMIT) refused = true;
      const quantity = BigInt(dimension.quantity);
      rows.push({
        wholesaleUnit,
        buyerUnit,
        isv: wholesaleUnit * quantity,
        buyer: buyerUnit * quantity,
      });
    }
  }
  const totals = rows.reduce(
    (sum, row) => ({ isv: sum.isv + row.isv, buyer: sum.buyer + row.buyer }),
    {
      isv: 0n,
      buyer: 0n,
    },
  );
  const figures = [
    ...rows.flatMap((row) => [row.isv, row.buyer, row.buyer - row.isv]),
    totals.isv,
    totals.buyer,
  ];
  return { refused: refused || figures.some((value) => value > SAFE), rows, totals };
}

function expectSameFigures(actual: OfferPricing, expected: Reference, input: PriceOfferInput) {
  const rows = input.authorization.kind === 'schedule' ? actual.installments : actual.lines;
  expect(rows).toHaveLength(expected.rows.length);
  expected.rows.forEach((row, i) => {
    const got = rows[i];
    expect(got?.isvCents).toBe(Number(row.isv));
    expect(got?.buyerCents).toBe(Number(row.buyer));
    expect(got?.resellerCents).toBe(Number(row.buyer - row.isv));
  });
  for (const [i, line] of actual.lines.entries()) {
    expect(line.wholesaleUnitCents).toBe(Number(expected.rows[i]?.wholesaleUnit));
    expect(line.buyerUnitCents).toBe(Number(expected.rows[i]?.buyerUnit));
  }
  expect(actual.totals.isvCents).toBe(Number(expected.totals.isv));
  expect(actual.totals.buyerCents).toBe(Number(expected.totals.buyer));
  expect(actual.totals.resellerCents).toBe(Number(expected.totals.buyer - expected.totals.isv));
  // The invariant, and margins that are never negative.
  expect(actual.totals.buyerCents).toBe(actual.totals.isvCents + actual.totals.resellerCents);
  for (const row of rows) expect(row.resellerCents).toBeGreaterThanOrEqual(0);
}

function checkAgainstReference(input: PriceOfferInput, seen: { priced: number; refused: number }) {
  const expected = reference(input);
  if (expected.refused) {
    seen.refused += 1;
    expect(() => priceOffer(input)).toThrow(OfferValidationError);
    return;
  }
  seen.priced += 1;
  expectSameFigures(priceOffer(input), expected, input);
}

describe('priceOffer matches the independent BigInt reference', () => {
  test.each([
    ['discount and custom × MARKUP', upfrontInput],
    ['schedule × MARKUP and FIXED_PRICE', scheduleInput],
  ])('%s, figure by figure, refusing exactly what exceeds the limits', (_, arbitrary) => {
    const seen = { priced: 0, refused: 0 };
    fc.assert(
      fc.property(arbitrary, (input) => checkAgainstReference(input, seen)),
      { numRuns: 600 },
    );
    expect(seen.priced).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  test('near 2^53 − 1: totals of large lines overflow exactly when the reference does', () => {
    const seen = { priced: 0, refused: 0 };
    const large = fc.record({
      authorization: fc.constant({ kind: 'custom' as const }),
      dimensions: fc
        .array(
          fc.record({
            unit: fc.integer({ min: 800_000_000, max: 1_000_000_000 }),
            quantity: fc.integer({ min: 800_000, max: 1_000_000 }),
          }),
          { minLength: 8, maxLength: 14 },
        )
        .map((items) =>
          items.map((item, i) => ({
            key: `D${i}`,
            wholesaleUnitCents: item.unit,
            quantity: item.quantity,
          })),
        ),
      pricing: fc
        .integer({ min: 0, max: 1000 })
        .map((ppm) => ({ mode: 'MARKUP' as const, markupPpm: ppm })),
    });
    fc.assert(
      fc.property(large, (input) => checkAgainstReference(input, seen)),
      { numRuns: 400 },
    );
    expect(seen.priced).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  test('a total of exactly 2^53 − 1 cents is priced; one cent more is refused', () => {
    const twoInstallments = (first: number, second: number): PriceOfferInput => ({
      authorization: {
        kind: 'schedule',
        installments: [
          { invoiceDate: '2030-01-01', isvCents: first },
          { invoiceDate: '2030-02-01', isvCents: second },
        ],
      },
      dimensions: [{ key: 'Pricing dimension 1', quantity: 1 }],
      pricing: { mode: 'FIXED_PRICE', buyerCents: [first, second] },
    });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: safeMax - 1 }), (first) => {
        const second = safeMax - first;
        expect(priceOffer(twoInstallments(first, second)).totals.buyerCents).toBe(safeMax);
        expect(() => priceOffer(twoInstallments(first, second + 1))).toThrow(OfferValidationError);
      }),
    );
  });

  test('an overflow is refused with the limit in the message, never rounded', () => {
    fc.assert(
      fc.property(scheduleInput, (input) => {
        fc.pre(reference(input).refused);
        try {
          priceOffer(input);
        } catch (error) {
          const messages = (error as OfferValidationError).issues.map((issue) => issue.message);
          expect(messages.join('\n')).toContain(
            '$90,071,992,547,409.91, the largest amount Offerdesk can hold',
          );
          return;
        }
        throw new Error('expected a refusal');
      }),
      { numRuns: 200 },
    );
  });
});

describe('valid inputs', () => {
  // Small enough that no limit can be reached: every such input must be priced.
  const modest = fc.record({
    authorization: fc.constant({ kind: 'custom' as const }),
    dimensions: fc
      .array(
        fc.record({
          unit: fc.integer({ min: 0, max: 10_000_000 }),
          quantity: fc.integer({ min: 1, max: 100_000 }),
        }),
        {
          minLength: 1,
          maxLength: 24,
        },
      )
      .map((items) =>
        items.map((item, i) => ({
          key: `D${i}`,
          wholesaleUnitCents: item.unit,
          quantity: item.quantity,
        })),
      ),
    pricing: markup,
  });

  test('every valid input is priced, and buyer = ISV + reseller on every row and total', () => {
    fc.assert(
      fc.property(fc.oneof(modest, upfrontInput, scheduleInput), (input) => {
        fc.pre(!reference(input).refused);
        const result = priceOffer(input);
        for (const row of [...result.lines, ...result.installments, result.totals]) {
          expect(row.buyerCents).toBe(row.isvCents + row.resellerCents);
        }
      }),
      { numRuns: 500 },
    );
  });
});
