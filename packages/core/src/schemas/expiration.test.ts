import { describe, expect, test } from 'vitest';
import {
  calendarDateSchema,
  expirationDateIssues,
  expirationDateSchema,
  latestExpirationDate,
} from './expiration';

const today = '2027-03-15';

describe('expirationDateIssues', () => {
  test.each(['2027-03-15', '2027-06-13', '2030-03-15'])('accepts %s', (date) => {
    expect(expirationDateIssues(date, { today })).toEqual([]);
  });

  test.each([
    ['2027-3-20', {}, 'Enter a date as YYYY-MM-DD'],
    ['2027-02-30', {}, '2027-02-30 is not a date on the calendar'],
    ['2027-03-14', {}, 'The expiration date cannot be in the past'],
    [
      '2027-06-14',
      { authorizationExpiresOn: '2027-06-13' },
      'The expiration date cannot be after the authorization ends (June 13, 2027)',
    ],
    [
      '2030-03-16',
      {},
      'The expiration date can be at most 3 years ahead (March 15, 2030 at the latest)',
    ],
  ])('refuses %s (%j): %s', (date, rules, message) => {
    expect(expirationDateIssues(date, { today, ...rules })).toEqual([{ path: [], message }]);
  });

  test('the authorization end date itself is allowed', () => {
    expect(
      expirationDateIssues('2027-06-13', { today, authorizationExpiresOn: '2027-06-13' }),
    ).toEqual([]);
  });

  test('3 years from Feb 29 ends on Feb 28', () => {
    expect(latestExpirationDate('2028-02-29')).toBe('2031-02-28');
    expect(expirationDateIssues('2031-02-28', { today: '2028-02-29' })).toEqual([]);
    expect(expirationDateIssues('2031-03-01', { today: '2028-02-29' })).toEqual([
      {
        path: [],
        message:
          'The expiration date can be at most 3 years ahead (February 28, 2031 at the latest)',
      },
    ]);
  });
});

test('the schema forms share the messages', () => {
  const schema = expirationDateSchema({ today, authorizationExpiresOn: null });
  expect(schema.parse('2027-04-01')).toBe('2027-04-01');
  expect(schema.safeParse('2027-01-01').error?.issues[0]?.message).toBe(
    'The expiration date cannot be in the past',
  );
  expect(calendarDateSchema.safeParse('2027-02-29').error?.issues[0]?.message).toBe(
    '2027-02-29 is not a date on the calendar',
  );
});
