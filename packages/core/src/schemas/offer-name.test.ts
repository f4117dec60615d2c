import { expect, test } from 'vitest';
import { defaultOfferName, offerNameSchema } from './offer-name';

test('an offer name is 1…150 characters, trimmed', () => {
  expect(offerNameSchema.parse('  Offer - 713384441954 - Channel Integ 28 ')).toBe(
    'Offer - 713384441954 - Channel Integ 28',
  );
  expect(offerNameSchema.parse('x'.repeat(150))).toHaveLength(150);
  expect(offerNameSchema.parse('🚀'.repeat(150))).toHaveLength(300); // 150 characters as seen
});

test.each([
  ['   ', 'Enter an offer name'],
  ['x'.repeat(151), 'An offer name is at most 150 characters'],
  ['line\nbreak', 'An offer name cannot contain line breaks or control characters'],
  [undefined, 'Enter an offer name'],
])('refuses %j: %s', (name, message) => {
  const result = offerNameSchema.safeParse(name);
  expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([[[], message]]);
});

test('the default name: the guide form for one buyer, no account IDs for several', () => {
  expect(defaultOfferName({ buyerIds: ['713384441954'], productName: 'Channel Integ 28' })).toBe(
    'Offer - 713384441954 - Channel Integ 28',
  );
  expect(
    defaultOfferName({
      buyerIds: ['713384441954', '480189533676', '111111111111'],
      productName: 'Channel Integ 28',
    }),
  ).toBe('Offer - Channel Integ 28 - 3 buyers');
  expect(defaultOfferName({ buyerIds: [], productName: 'Channel Integ 28' })).toBe(
    'Offer - Channel Integ 28',
  );
});

test('a long product name is clipped so the default is always a valid name', () => {
  const name = defaultOfferName({ buyerIds: ['713384441954'], productName: 'é'.repeat(300) });
  expect([...name]).toHaveLength(150);
  expect(offerNameSchema.safeParse(name).success).toBe(true);
});
