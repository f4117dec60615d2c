import { expect, test } from 'vitest';
import { productInputSchema } from './product';

const product = {
  name: 'Cloud Migration Assessment',
  description: 'Two-week assessment',
  dimensions: [
    { displayName: 'Assessment', description: '', listUnitCents: 2_500_000 },
    { displayName: 'Workshop day', description: 'On site', listUnitCents: 199_999 },
  ],
};

test('a product with 1…24 distinctly named dimensions', () => {
  expect(productInputSchema.parse(product)).toEqual(product);
});

test('refusals', () => {
  const duplicate = {
    ...product,
    dimensions: [
      ...product.dimensions,
      { displayName: 'workshop DAY', description: '', listUnitCents: 1 },
    ],
  };
  expect(
    productInputSchema
      .safeParse(duplicate)
      .error?.issues.map(({ path, message }) => ({ path, message })),
  ).toEqual([
    {
      path: ['dimensions', 2, 'displayName'],
      message: 'Pricing dimension "workshop DAY" appears more than once',
    },
  ]);
  const tooDear = {
    ...product,
    dimensions: [{ displayName: 'X', description: '', listUnitCents: 1_000_000_001 }],
  };
  expect(productInputSchema.safeParse(tooDear).error?.issues[0]?.message).toBe(
    'The unit price must be an amount from $0.00 to $10,000,000.00',
  );
  expect(
    productInputSchema.safeParse({ ...product, dimensions: [] }).error?.issues[0]?.message,
  ).toBe('Add at least one pricing dimension');
});
