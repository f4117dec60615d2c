import { expect, test } from 'vitest';
import { installmentDateIssues, latestExpirationForSchedule } from './installment-dates';

const rules = { today: '2027-03-15', expirationDate: '2027-04-15' };

test('passes: all today or later, distinct, one on or before the expiration date', () => {
  expect(installmentDateIssues(['2027-03-15', '2027-05-01', '2027-06-01'], rules)).toEqual([]);
  expect(installmentDateIssues(['2027-04-15', '2027-04-16'], rules)).toEqual([]);
  expect(installmentDateIssues(['2027-05-01', '2027-06-01'], rules)).toEqual([]);
});

test('an invoice date in the past', () => {
  expect(installmentDateIssues(['2027-03-14', '2027-05-01'], rules)).toEqual([
    {
      path: [0],
      message:
        'The invoice date March 14, 2027 has passed; every invoice date must be today or later',
    },
  ]);
});

test('the same date twice', () => {
  expect(installmentDateIssues(['2027-05-01', '2027-05-01'], rules)).toEqual([
    {
      path: [1],
      message: 'Each installment needs its own invoice date; May 1, 2027 is used more than once',
    },
  ]);
});

test('two dates on or before the expiration date: the later one is reported', () => {
  expect(installmentDateIssues(['2027-04-15', '2027-03-20', '2027-05-01'], rules)).toEqual([
    {
      path: [0],
      message:
        'At most one invoice date can fall on or before the offer expiration date (April 15, 2027); choose an earlier expiration date',
    },
  ]);
});

test('not a calendar date', () => {
  expect(installmentDateIssues(['2027-02-29'], rules)).toEqual([
    { path: [0], message: '2027-02-29 is not a date on the calendar' },
  ]);
});

test('the latest expiration a schedule allows is the day before its second date', () => {
  expect(latestExpirationForSchedule(['2027-06-01', '2027-05-01', '2027-07-01'])).toBe(
    '2027-05-31',
  );
  expect(latestExpirationForSchedule(['2027-05-01'])).toBeNull();
});
