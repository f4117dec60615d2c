import { describe, expect, test } from 'vitest';
import {
  allowedBuyerIdsSchema,
  buyerAccountIdsSchema,
  parseBuyerIdList,
  validateBuyerIds,
} from './buyers';

const seller = '222222222222';
const a = '713384441954';
const b = '480189533676';

test('parseBuyerIdList splits on commas, semicolons, spaces and new lines', () => {
  expect(parseBuyerIdList(` ${a},${b}\n\n 111111111111 ; 7133-8444-1954\tabc `)).toEqual([
    a,
    b,
    '111111111111',
    a,
    'abc',
  ]);
  expect(parseBuyerIdList('  \n ')).toEqual([]);
});

describe('validateBuyerIds', () => {
  test('passes 1…25 distinct 12-digit accounts other than the seller', () => {
    expect(validateBuyerIds([a, b], { sellerAccountId: seller })).toEqual([]);
    const twentyFive = Array.from({ length: 25 }, (_, i) => String(100_000_000_000 + i));
    expect(validateBuyerIds(twentyFive)).toEqual([]);
  });

  test.each([
    [[], {}, [{ path: [], message: 'Enter at least one buyer account ID' }]],
    [['71338444195'], {}, [{ path: [0], message: 'An account ID is exactly 12 digits' }]],
    [[a, '7133 8444 1954'], {}, [{ path: [1], message: 'An account ID is exactly 12 digits' }]],
    [[a, b, a], {}, [{ path: [2], message: `Account ${a} is listed more than once` }]],
    [
      [a, seller],
      { sellerAccountId: seller },
      [{ path: [1], message: `${seller} is your own account; an offer goes to other accounts` }],
    ],
    [
      [a, b],
      { allowedBuyerIds: [a] },
      [{ path: [1], message: `This authorization does not allow offers to account ${b}` }],
    ],
  ])('%j with %j', (ids, rules, issues) => {
    expect(validateBuyerIds(ids, rules)).toEqual(issues);
  });

  test('at most 25', () => {
    const ids = Array.from({ length: 26 }, (_, i) => String(100_000_000_000 + i));
    expect(validateBuyerIds(ids)).toEqual([
      { path: [], message: 'An offer can go to at most 25 buyer accounts' },
    ]);
  });

  test('an empty restriction allows anyone', () => {
    expect(validateBuyerIds([a], { allowedBuyerIds: [] })).toEqual([]);
  });
});

test('buyerAccountIdsSchema trims and reports by index', () => {
  const schema = buyerAccountIdsSchema({ sellerAccountId: seller, allowedBuyerIds: null });
  expect(schema.parse([` ${a} `])).toEqual([a]);
  const result = schema.safeParse([a, 'x']);
  expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
    { path: [1], message: 'An account ID is exactly 12 digits' },
  ]);
});

test('allowedBuyerIdsSchema: 0…25 distinct account IDs', () => {
  expect(allowedBuyerIdsSchema.parse([])).toEqual([]);
  expect(allowedBuyerIdsSchema.parse([a, b])).toEqual([a, b]);
  const tooMany = Array.from({ length: 26 }, (_, i) => String(100_000_000_000 + i));
  expect(allowedBuyerIdsSchema.safeParse(tooMany).error?.issues[0]?.message).toBe(
    'An authorization can name at most 25 buyer accounts',
  );
});
