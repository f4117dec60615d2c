// Values no form would send: numbers JSON.stringify cannot write (-0, 1e309 which parses to
// Infinity, 2^53 + 1), megabyte strings, NUL and lone surrogates, prototype keys, deep nesting,
// wrong types. Some exist only as JSON text, so inputs are written with `toJsonText`, which
// copies a RawJson's text as is.
export class RawJson {
  constructor(readonly text: string) {}
}

export function toJsonText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJsonText).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${toJsonText(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

const MEGABYTE = 1024 * 1024;
/** A URL longer than Node's 16 KB header limit is refused before any application code runs. */
export const LONGEST_QUERY_STRING = 6 * 1024;

const nested = (depth: number, open: string, close: string, inner = '0') =>
  new RawJson(open.repeat(depth) + inner + close.repeat(depth));

/** Hostile values small enough for a GET query's URL. */
const smallHostileValues: unknown[] = [
  // numbers
  new RawJson('-0'),
  new RawJson('1e309'),
  new RawJson('-1e309'),
  new RawJson('1e-400'),
  new RawJson('9007199254740993'),
  new RawJson('-9007199254740993'),
  new RawJson('1e21'),
  new RawJson('0.1'),
  new RawJson('123456789012345678901234567890'),
  -1,
  0,
  2_147_483_648,
  Number.MAX_SAFE_INTEGER,
  // wrong types
  null,
  true,
  false,
  [],
  {},
  [null],
  [1, 'a', {}],
  { 0: 'a' },
  // strings
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  '\udfff',
  'x\ud83dy',
  '\u202eevil',
  '\ufeff',
  'Z̴̧͎͚̈́a̸l̷g̶o̵',
  '😀👍🏽👨‍👩‍👧',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '<script>alert(1)</script>',
  "' OR 1=1; --",
  '%00%ff',
  '../../../../etc/passwd',
  'NaN',
  'Infinity',
  '2024-02-30',
  '0000-00-00',
  '+275760-09-13',
  'OFFER-AAAAAAAAAAAAA',
  '1'.repeat(400),
  'é'.repeat(LONGEST_QUERY_STRING / 4),
  // prototype keys
  new RawJson('{"__proto__":{"polluted":true,"status":"PUBLISHED"}}'),
  new RawJson('{"constructor":{"prototype":{"polluted":true}}}'),
  new RawJson('{"toString":1,"valueOf":"x","hasOwnProperty":null}'),
  new RawJson('{"a":1,"a":2}'),
  // nesting
  nested(40, '[', ']'),
  nested(40, '{"a":', '}'),
];

const largeValues: unknown[] = [
  'a'.repeat(MEGABYTE),
  '\u{1F600}\u0000\ud800é'.repeat(MEGABYTE / 16), // 1.2 MB as JSON, under the 2 MB cap
  new RawJson(`[${'0,'.repeat(200_000)}0]`),
  nested(20_000, '[', ']'),
  nested(5_000, '{"a":', '}'),
];

/** Hostile values for any place in an input (all fit a GET query's URL). */
export const hostileValues: readonly unknown[] = smallHostileValues;

/** Hostile values only a request body can carry: each is sent a few times, not mixed in
 * everywhere (a megabyte per request would make the run about moving bytes). */
export const largeHostileValues: readonly unknown[] = largeValues;

/** Whole request bodies that are not JSON at all, or not UTF-8. */
export const hostileBodies: (string | Uint8Array)[] = [
  '',
  '{',
  'NaN',
  'undefined',
  '{"a":}',
  '\u0000',
  new Uint8Array([0xff, 0xfe, 0x00, 0x7b]),
  new Uint8Array([0x22, 0xed, 0xa0, 0x80, 0x22]), // a surrogate encoded as UTF-8 (CESU)
  new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d]), // truncated "é"
];
