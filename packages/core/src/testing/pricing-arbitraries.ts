// fast-check arbitraries for priceOffer inputs, shared by the pricing property tests. They
// lean towards the edges: zero, ties, unit prices and quantities at their limits, schedule
// amounts near Number.MAX_SAFE_INTEGER, so the limits are crossed often, not by luck.

import fc from 'fast-check';
import type { PriceOfferInput } from '../pricing';

export const safeMax = Number.MAX_SAFE_INTEGER;
const unitCents = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000_000 }),
  fc.integer({ min: 0, max: 10_000 }),
  fc.integer({ min: 900_000_000, max: 1_000_000_000 }),
);
const quantity = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }),
  fc.integer({ min: 1, max: 20 }),
  fc.integer({ min: 900_000, max: 1_000_000 }),
);
export const markupPpm = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: 200_000 }),
  fc.constantFrom(0, 1, 5, 250_000, 500_000, 10_000_000),
);
const discountPpm = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom(0, 155_000, 500_000, 1_000_000),
);
const isvCents = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: safeMax }),
  fc.integer({ min: safeMax - 10_000_000, max: safeMax }),
  fc.integer({ min: Math.floor(safeMax / 61), max: Math.floor(safeMax / 59) }),
);

const dimensions = (withUnit: 'listUnitCents' | 'wholesaleUnitCents') =>
  fc.array(fc.record({ unit: unitCents, quantity }), { minLength: 1, maxLength: 24 }).map((items) =>
    items.map((item, i) => ({
      key: `Dimension ${i + 1}`,
      [withUnit]: item.unit,
      quantity: item.quantity,
    })),
  );

export const markup = markupPpm.map((ppm) => ({ mode: 'MARKUP' as const, markupPpm: ppm }));

export const upfrontInput: fc.Arbitrary<PriceOfferInput> = fc.oneof(
  fc.record({
    authorization: discountPpm.map((ppm) => ({ kind: 'discount' as const, discountPpm: ppm })),
    dimensions: dimensions('listUnitCents'),
    pricing: markup,
  }),
  fc.record({
    authorization: fc.constant({ kind: 'custom' as const }),
    dimensions: dimensions('wholesaleUnitCents'),
    pricing: markup,
  }),
);

const day = (offset: number) =>
  new Date(Date.UTC(2030, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

export const scheduleInput: fc.Arbitrary<PriceOfferInput> = fc
  .uniqueArray(fc.integer({ min: 0, max: 3650 }), { minLength: 1, maxLength: 60 })
  .chain((offsets) =>
    fc.record({
      installments: fc.tuple(
        ...offsets.map((offset) =>
          isvCents.map((cents) => ({ invoiceDate: day(offset), isvCents: cents })),
        ),
      ),
      extras: fc.array(
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: safeMax })),
        {
          minLength: offsets.length,
          maxLength: offsets.length,
        },
      ),
      markupPpm,
      fixed: fc.boolean(),
      quantity,
    }),
  )
  .map(({ installments, extras, markupPpm: ppm, fixed, quantity: units }) => ({
    authorization: { kind: 'schedule' as const, installments },
    dimensions: [{ key: 'Pricing dimension 1', quantity: units }],
    pricing: fixed
      ? {
          mode: 'FIXED_PRICE' as const,
          // isv + extra, held within a safe integer (the input limit for a buyer amount).
          buyerCents: installments.map((item, i) => {
            const amount = BigInt(item.isvCents) + BigInt(extras[i] ?? 0);
            return Number(amount > BigInt(safeMax) ? BigInt(safeMax) : amount);
          }),
        }
      : { mode: 'MARKUP' as const, markupPpm: ppm },
  }));
