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
