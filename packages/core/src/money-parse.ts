// Parsing what people type into amount and percentage fields, exactly: the digits are read
// as a string and scaled with BigInt, never through parseFloat, so "0.29" is 29 cents and
// more decimals than allowed is an error rather than a silent rounding (SPEC §3).

import { MAX_CENTS, PPM } from './limits';
import { moneyMessages, percentMessages } from './messages';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; message: string };

type DecimalMessages = {
  empty: string;
  negative: string;
  exponent: string;
  separators: string;
  invalid: string;
  decimals: string;
  tooLarge: (max: number) => string;
};

// Digits with optional thousands separators (only between groups of three, and no leading
// zero group) and an optional fraction. ".5" and "5." are accepted: both are unambiguous and
// people type them, and a live preview should not flash an error mid-keystroke.
const DECIMAL = /^(?:(\d+)|([1-9]\d{0,2}(?:,\d{3})+))?(?:\.(\d*))?$/;
const LOOSE_GROUPED = /^[\d,]*\d[\d,]*(?:\.\d*)?$/;
const EXPONENT = /^[\d.,]*\d[\d.,]*e[+-]?\d*$/i;
const NEGATIVE = /^[-\u2212]/;

function fail(message: string): { ok: false; message: string } {
  return { ok: false, message };
}

function parseScaled(
  text: string,
  decimals: number,
  max: number,
  messages: DecimalMessages,
): ParseResult<number> {
  if (text === '') return fail(messages.empty);
  if (NEGATIVE.test(text)) return fail(messages.negative);
  if (EXPONENT.test(text)) return fail(messages.exponent);
  const match = DECIMAL.exec(text);
  if (!match) return fail(LOOSE_GROUPED.test(text) ? messages.separators : messages.invalid);
  const whole = (match[1] ?? match[2] ?? '').replaceAll(',', '');
  const fraction = match[3] ?? '';
  if (whole === '' && fraction === '') return fail(messages.invalid);
  if (fraction.length > decimals) return fail(messages.decimals);
  const scaled = BigInt(`${whole || '0'}${fraction.padEnd(decimals, '0')}`);
  if (scaled > BigInt(max)) return fail(messages.tooLarge(max));
  return { ok: true, value: Number(scaled) };
}

/**
 * Dollars as typed ("1,999.99", "$15.5", " 0.55 ", ".5") → integer cents. A leading "$" is
 * allowed because people paste amounts as displayed. `maxCents` defaults to the largest
 * amount a number holds exactly; unit prices pass MAX_UNIT_CENTS.
 */
export function parseDollars(input: string, maxCents: number = MAX_CENTS): ParseResult<number> {
  const trimmed = input.trim();
  const negative = /^[-\u2212]\s*\$|^\$\s*[-\u2212]/.test(trimmed);
  if (negative) return fail(moneyMessages.negative);
  const text = trimmed.replace(/^\$\s*/, '');
  return parseScaled(text, 2, maxCents, moneyMessages);
}

/**
 * A percentage as typed ("15.5", "33.3333", "10 %") → integer ppm (15.5 → 155000). A
 * trailing "%" is allowed. `maxPpm` defaults to 100 %; markup passes MAX_MARKUP_PPM (1000 %).
 */
export function parsePercent(input: string, maxPpm: number = PPM): ParseResult<number> {
  const text = input.trim().replace(/\s*%$/, '');
  return parseScaled(text, 4, maxPpm, percentMessages);
}
