import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  expiryInstant,
  formatDate,
  isAcceptableAt,
  isCalendarDate,
  isCalendarMonth,
  monthRange,
  monthsBetween,
  todayUtc,
} from './dates';

describe('isCalendarDate', () => {
  test.each(['2027-03-15', '2028-02-29', '2000-02-29', '2027-12-31', '0001-01-01'])(
    '%s is a date',
    (d) => {
      expect(isCalendarDate(d)).toBe(true);
    },
  );
  test.each([
    '2027-02-29',
    '1900-02-29',
    '2027-04-31',
    '2027-13-01',
    '2027-00-10',
    '2027-2-1',
    '2027-03-15T00:00',
    '',
    20270315,
  ])('%j is not', (d) => {
    expect(isCalendarDate(d)).toBe(false);
  });
});

describe('arithmetic', () => {
  test('todayUtc reads the UTC day, not the local one', () => {
    expect(todayUtc(new Date('2027-03-15T23:59:59.999Z'))).toBe('2027-03-15');
    expect(todayUtc(new Date('2027-03-16T00:00:00.000Z'))).toBe('2027-03-16');
  });
  test('addDays across month, year and leap day', () => {
    expect(addDays('2027-01-31', 1)).toBe('2027-02-01');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2027-03-15', 90)).toBe('2027-06-13');
  });
  test('addMonths and addYears clamp to the month end', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-12-15', 1)).toBe('2028-01-15');
    expect(addMonths('2027-03-31', -1)).toBe('2027-02-28');
    expect(addYears('2028-02-29', 3)).toBe('2031-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
    expect(addYears('2027-03-15', 3)).toBe('2030-03-15');
  });
  test('compareDates and daysBetween', () => {
    expect(compareDates('2027-03-15', '2027-03-16')).toBe(-1);
    expect(compareDates('2027-03-15', '2027-03-15')).toBe(0);
    expect(compareDates('2028-01-01', '2027-12-31')).toBe(1);
    expect(daysBetween('2027-03-15', '2027-04-01')).toBe(17);
    expect(daysBetween('2028-03-01', '2028-02-28')).toBe(-2);
  });
  test('years before 100 are not read as 19xx', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
    expect(addDays('0050-03-01', -1)).toBe('0050-02-28');
    expect(daysBetween('0099-12-31', '0100-01-01')).toBe(1);
  });
  test('helpers refuse a date that does not exist', () => {
    expect(() => addDays('2027-02-29', 1)).toThrow(RangeError);
    expect(() => isAcceptableAt('2027-13-01', new Date())).toThrow(RangeError);
    expect(() => compareDates('2027-02-29', '2027-03-01')).toThrow(RangeError);
  });
});

describe('months', () => {
  test('isCalendarMonth takes YYYY-MM with a first day that exists', () => {
    expect(isCalendarMonth('2027-02')).toBe(true);
    expect(isCalendarMonth('0001-01')).toBe(true);
    expect(isCalendarMonth('0000-10')).toBe(false);
    expect(isCalendarMonth('2027-13')).toBe(false);
    expect(isCalendarMonth('2027-2')).toBe(false);
    expect(isCalendarMonth('2027-02-01')).toBe(false);
    expect(isCalendarMonth(202702)).toBe(false);
  });
  test('monthsBetween counts across years, and backwards', () => {
    expect(monthsBetween('2027-03', '2027-03')).toBe(0);
    expect(monthsBetween('2027-11', '2028-02')).toBe(3);
    expect(monthsBetween('2028-02', '2027-11')).toBe(-3);
    expect(() => monthsBetween('0000-10', '2027-01')).toThrow(RangeError);
  });
  test('monthRange lists every month inclusive, up to the limit', () => {
    expect(monthRange('2027-11', '2028-02', 120)).toEqual([
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
    ]);
    expect(monthRange('2027-03', '2027-03', 120)).toEqual(['2027-03']);
    expect(monthRange('2028-02', '2027-11', 120)).toEqual([]);
    expect(monthRange('2020-01', '2029-12', 3)).toEqual(['2020-01', '2020-02', '2020-03']);
  });
  test('monthRange stops at 9999-12: the month after it is not a date', () => {
    expect(monthRange('9999-11', '9999-12', 120)).toEqual(['9999-11', '9999-12']);
  });
});

describe('expiry: acceptable through 23:59:59.999 UTC on the date', () => {
  test('the instant is 00:00:00.000 UTC of the next day', () => {
    expect(expiryInstant('2027-03-15').toISOString()).toBe('2027-03-16T00:00:00.000Z');
    expect(expiryInstant('2028-02-28').toISOString()).toBe('2028-02-29T00:00:00.000Z');
    expect(expiryInstant('2027-12-31').toISOString()).toBe('2028-01-01T00:00:00.000Z');
    expect(expiryInstant('0050-06-01').toISOString()).toBe('0050-06-02T00:00:00.000Z');
  });
  test('acceptable at 23:59:59.999, not at 00:00:00.000 the next day', () => {
    expect(isAcceptableAt('2027-03-15', new Date('2027-03-15T23:59:59.999Z'))).toBe(true);
    expect(isAcceptableAt('2027-03-15', new Date('2027-03-16T00:00:00.000Z'))).toBe(false);
    expect(isAcceptableAt('2027-03-15', new Date('2027-03-15T00:00:00.000Z'))).toBe(true);
  });
});

test('formatDate shows the calendar date whatever the local time zone', () => {
  expect(formatDate('2027-03-15')).toBe('March 15, 2027');
  expect(formatDate('2024-01-17')).toBe('January 17, 2024');
  expect(formatDate('2028-02-29')).toBe('February 29, 2028');
});
