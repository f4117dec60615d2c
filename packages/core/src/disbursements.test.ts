import { expect, test } from 'vitest';
import {
  DEFAULT_DISBURSEMENT_PREFERENCE,
  type DisbursementPreference,
  disbursementPreferenceSchema,
  nextDisbursementDate,
} from './disbursements';
import { isvDisbursementCents, listingFeeCents } from './listing-fee';

const daily: DisbursementPreference = { kind: 'daily' };
const monthly = (day: number): DisbursementPreference => ({ kind: 'monthly', day });

test.each([
  ['2027-03-15', daily, '2027-03-16'],
  ['2027-01-31', daily, '2027-02-01'],
  ['2027-02-28', daily, '2027-03-01'],
  ['2028-02-28', daily, '2028-02-29'],
  ['2028-02-29', daily, '2028-03-01'],
  ['2027-12-31', daily, '2028-01-01'],
  ['2027-03-15', monthly(1), '2027-04-01'],
  ['2027-03-01', monthly(1), '2027-04-01'],
  ['2027-02-28', monthly(1), '2027-03-01'],
  ['2027-12-15', monthly(1), '2028-01-01'],
  ['2027-12-31', monthly(28), '2028-01-28'],
  ['2027-03-27', monthly(28), '2027-03-28'],
  ['2027-03-28', monthly(28), '2027-04-28'],
  ['2027-01-31', monthly(28), '2027-02-28'],
  ['2028-02-29', monthly(28), '2028-03-28'],
  ['2028-02-27', monthly(28), '2028-02-28'],
  ['2027-03-14', monthly(15), '2027-03-15'],
])('paid %s, %j → %s', (paidOn, preference, expected) => {
  expect(nextDisbursementDate(paidOn, preference)).toBe(expected);
});

test('SPEC §9: paid 2027-03-15, ISV receives 25,278.15 on 2027-04-01 (monthly, day 1)', () => {
  expect(nextDisbursementDate('2027-03-15', DEFAULT_DISBURSEMENT_PREFERENCE)).toBe('2027-04-01');
  expect(isvDisbursementCents(2_619_497, 35_000)).toBe(2_527_815);
});

test('listing fee rounds half up and refuses nonsense', () => {
  expect(listingFeeCents(100, 5_000)).toBe(1); // 0.5 cent → 1
  expect(listingFeeCents(99, 5_000)).toBe(0); // 0.495 cent → 0
  expect(listingFeeCents(Number.MAX_SAFE_INTEGER, 1_000_000)).toBe(Number.MAX_SAFE_INTEGER);
  expect(() => listingFeeCents(1.5, 35_000)).toThrow(RangeError);
  expect(() => listingFeeCents(100, 1_000_001)).toThrow(RangeError);
});

test('the preference: daily, or monthly on day 1…28', () => {
  expect(disbursementPreferenceSchema.parse({ kind: 'monthly', day: 28 })).toEqual(monthly(28));
  expect(disbursementPreferenceSchema.parse({ kind: 'daily' })).toEqual(daily);
  const result = disbursementPreferenceSchema.safeParse({ kind: 'monthly', day: 29 });
  expect(result.error?.issues.map((issue) => [issue.path, issue.message])).toEqual([
    [['day'], 'Choose a day of the month from 1 to 28'],
  ]);
});
