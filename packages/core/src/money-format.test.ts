import { describe, expect, test } from 'vitest';
import {
  centsToInput,
  formatPercent,
  formatPercentShort,
  formatUsd,
  ppmToInput,
} from './money-format';
import { parseDollars, parsePercent } from './money-parse';

describe('formatUsd', () => {
  test.each([
    [0, '$0.00'],
    [5, '$0.05'],
    [199_999, '$1,999.99'],
    [2_809_409, '$28,094.09'],
    [1_000_000_000, '$10,000,000.00'],
    [Number.MAX_SAFE_INTEGER, '$90,071,992,547,409.91'],
    [Number.MAX_SAFE_INTEGER - 1, '$90,071,992,547,409.90'],
    [-5, '-$0.05'],
  ])('%i cents → %s', (cents, text) => {
    expect(formatUsd(cents)).toBe(text);
  });

  test('refuses a fraction of a cent rather than showing a wrong figure', () => {
    expect(() => formatUsd(0.5)).toThrow(RangeError);
  });
});

describe('formatPercent', () => {
  test.each([
    [155_000, '15.50 %'],
    [100_000, '10.00 %'],
    [72_500, '7.25 %'],
    [333_333, '33.3333 %'],
    [123_450, '12.345 %'],
    [0, '0.00 %'],
    [10_000_000, '1,000.00 %'],
  ])('%i ppm → %s', (ppm, text) => {
    expect(formatPercent(ppm)).toBe(text);
  });

  test('short form for limits', () => {
    expect(formatPercentShort(1_000_000)).toBe('100 %');
    expect(formatPercentShort(155_000)).toBe('15.5 %');
  });
});

describe('pre-filling inputs round-trips through the parsers', () => {
  test.each([0, 5, 50, 199_999, 2_500_000, Number.MAX_SAFE_INTEGER])('%i cents', (cents) => {
    expect(parseDollars(centsToInput(cents))).toEqual({ ok: true, value: cents });
  });
  test.each([0, 1, 155_000, 333_333, 1_000_000])('%i ppm', (ppm) => {
    expect(parsePercent(ppmToInput(ppm))).toEqual({ ok: true, value: ppm });
  });
  test('shapes', () => {
    expect(centsToInput(199_999)).toBe('1999.99');
    expect(centsToInput(50)).toBe('0.50');
    expect(ppmToInput(155_000)).toBe('15.5');
    expect(ppmToInput(100_000)).toBe('10');
  });
});
