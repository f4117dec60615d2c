import { describe, expect, test } from 'vitest';
import { MAX_MARKUP_PPM, MAX_UNIT_CENTS } from './limits';
import { parseDollars, parsePercent } from './money-parse';

describe('parseDollars', () => {
  test.each([
    ['1,999.99', 199_999],
    ['15.5', 1_550],
    [' 0.55 ', 55],
    ['1999', 199_900],
    ['0.5', 50],
    ['.5', 50],
    ['5.', 500],
    ['0', 0],
    ['007.10', 710],
    ['$1,999.99', 199_999],
    ['$ 25,000', 2_500_000],
    ['1,000,000.00', 100_000_000],
    ['10,000,000.00', 1_000_000_000],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
    ['0.29', 29],
  ])('accepts %j as %i cents', (input, cents) => {
    expect(parseDollars(input)).toEqual({ ok: true, value: cents });
  });

  test.each([
    ['1.999', 'Enter at most 2 decimal places'],
    ['0.001', 'Enter at most 2 decimal places'],
    ['1,99.99', 'Put commas only between groups of three digits, like 1,999.99'],
    ['1999,999', 'Put commas only between groups of three digits, like 1,999.99'],
    [',999', 'Put commas only between groups of three digits, like 1,999.99'],
    ['1,,999', 'Put commas only between groups of three digits, like 1,999.99'],
    ['-5', 'The amount cannot be negative'],
    ['-$5', 'The amount cannot be negative'],
    ['$-5', 'The amount cannot be negative'],
    ['−5', 'The amount cannot be negative'],
    ['1e3', 'Write the amount out in digits, like 1,999.99'],
    ['1.5E+2', 'Write the amount out in digits, like 1,999.99'],
    ['', 'Enter an amount'],
    ['   ', 'Enter an amount'],
    ['abc', 'Enter an amount in dollars, like 1,999.99'],
    ['.', 'Enter an amount in dollars, like 1,999.99'],
    ['1.2.3', 'Enter an amount in dollars, like 1,999.99'],
    ['12 34', 'Enter an amount in dollars, like 1,999.99'],
    ['+5', 'Enter an amount in dollars, like 1,999.99'],
    ['Infinity', 'Enter an amount in dollars, like 1,999.99'],
    ['0x10', 'Enter an amount in dollars, like 1,999.99'],
    ['90071992547409.92', 'The amount can be at most $90,071,992,547,409.91'],
  ])('refuses %j: %s', (input, message) => {
    expect(parseDollars(input)).toEqual({ ok: false, message });
  });

  test('a unit price is at most 10,000,000.00', () => {
    expect(parseDollars('10,000,000.00', MAX_UNIT_CENTS)).toEqual({
      ok: true,
      value: MAX_UNIT_CENTS,
    });
    expect(parseDollars('10,000,000.01', MAX_UNIT_CENTS)).toEqual({
      ok: false,
      message: 'The amount can be at most $10,000,000.00',
    });
  });
});

describe('parsePercent', () => {
  test.each([
    ['10', 100_000],
    ['15.5', 155_000],
    ['15.50', 155_000],
    ['33.3333', 333_333],
    ['7.25', 72_500],
    ['0.0001', 1],
    ['0', 0],
    ['100', 1_000_000],
    [' 10 % ', 100_000],
    ['10%', 100_000],
    ['.5', 5_000],
  ])('accepts %j as %i ppm', (input, ppm) => {
    expect(parsePercent(input)).toEqual({ ok: true, value: ppm });
  });

  test.each([
    ['33.33333', 'Enter at most 4 decimal places'],
    ['-1', 'The percentage cannot be negative'],
    ['1e2', 'Write the percentage out in digits, like 15.5'],
    ['', 'Enter a percentage'],
    ['%', 'Enter a percentage'],
    ['ten', 'Enter a percentage, like 15.5'],
    ['100.0001', 'The percentage can be at most 100 %'],
    ['1,00', 'Put commas only between groups of three digits, like 1,000'],
  ])('refuses %j: %s', (input, message) => {
    expect(parsePercent(input)).toEqual({ ok: false, message });
  });

  test('markup goes up to 1000 %', () => {
    expect(parsePercent('1,000', MAX_MARKUP_PPM)).toEqual({ ok: true, value: 10_000_000 });
    expect(parsePercent('1000.0001', MAX_MARKUP_PPM)).toEqual({
      ok: false,
      message: 'The percentage can be at most 1,000 %',
    });
  });
});
