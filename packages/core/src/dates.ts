// Calendar dates as 'YYYY-MM-DD' strings, always read in UTC: offers expire and invoices fall
// due at UTC midnight (SPEC §4, §9), whatever the viewer's time zone.

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

type DateParts = { year: number; month: number; day: number };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const THIRTY_DAY_MONTHS = [4, 6, 9, 11];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return THIRTY_DAY_MONTHS.includes(month) ? 30 : 31;
}

/** The number written in `text`'s ASCII digits from `from` up to `to`. */
function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

// Read digit by digit, with no match array or substrings: a Manage offers page reads the
// expiration date of each of its rows (offerDisplayStatus), and those were most of what core
// allocated per page (bench, issue 9).
function readParts(date: string): DateParts | null {
  if (!DATE_PATTERN.test(date)) return null;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 7);
  const day = digitsAt(date, 8, 10);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return null;
  }
  return { year, month, day };
}

function partsOf(date: string): DateParts {
  const parts = readParts(date);
  if (!parts) throw new RangeError(`Not a calendar date (YYYY-MM-DD): ${date}`);
  return parts;
}

function toDateString({ year, month, day }: DateParts): string {
  if (year < 1 || year > 9999) throw new RangeError(`Year out of range: ${year}`);
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/**
 * Milliseconds since the epoch of 00:00 UTC on the date. Date.UTC reads years 0–99 as 1900–1999,
 * so those go through setUTCFullYear.
 */
function startOfDayMs({ year, month, day }: DateParts): number {
  if (year >= 100) return Date.UTC(year, month - 1, day);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return instant.getTime();
}

function fromMs(ms: number): string {
  const instant = new Date(ms);
  return toDateString({
    year: instant.getUTCFullYear(),
    month: instant.getUTCMonth() + 1,
    day: instant.getUTCDate(),
  });
}

/** A real date in YYYY-MM-DD form: '2028-02-29' yes, '2027-02-29' and '2027-2-1' no. */
export function isCalendarDate(value: unknown): value is string {
  return typeof value === 'string' && readParts(value) !== null;
}

export function todayUtc(now: Date): string {
  return fromMs(now.getTime());
}

export function addDays(date: string, days: number): string {
  return fromMs(startOfDayMs(partsOf(date)) + days * DAY_MS);
}

/** Adds calendar months; a day the target month lacks clamps to its last day (Jan 31 → Feb 28). */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = partsOf(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const clampedDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return toDateString({ year: targetYear, month: targetMonth, day: clampedDay });
}

/** Adds calendar years; Feb 29 lands on Feb 28 in a common year. */
export function addYears(date: string, years: number): string {
  return addMonths(date, years * 12);
}

/** -1, 0 or 1; for validated dates the ISO form sorts like the calendar. */
export function compareDates(a: string, b: string): -1 | 0 | 1 {
  partsOf(a);
  partsOf(b);
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((startOfDayMs(partsOf(to)) - startOfDayMs(partsOf(from))) / DAY_MS);
}

/** A calendar month in 'YYYY-MM' form: '2027-02' yes, '0000-10' and '2027-13' no. */
export function isCalendarMonth(value: unknown): value is string {
  return typeof value === 'string' && readParts(`${value}-01`) !== null;
}

/** Whole months from `from` to `to` ('YYYY-MM'; negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const a = partsOf(`${from}-01`);
  const b = partsOf(`${to}-01`);
  return (b.year - a.year) * 12 + (b.month - a.month);
}

/** The months from `from` to `to` inclusive ('YYYY-MM'), at most `limit` of them. */
export function monthRange(from: string, to: string, limit: number): string[] {
  // Counted first, so no month past `to` is ever asked for: the one after 9999-12 is not a date.
  const count = Math.min(Math.max(monthsBetween(from, to) + 1, 0), limit);
  return Array.from({ length: count }, (_, i) => addMonths(`${from}-01`, i).slice(0, 7));
}

/** The instant an offer stops being acceptable: 00:00:00.000 UTC of the day after. */
export function expiryInstant(expirationDate: string): Date {
  return new Date(expiryMs(expirationDate));
}

function expiryMs(expirationDate: string): number {
  return startOfDayMs(partsOf(expirationDate)) + DAY_MS;
}

/** True through 23:59:59.999 UTC on the expiration date, false from the next midnight. */
export function isAcceptableAt(expirationDate: string, now: Date): boolean {
  return now.getTime() < expiryMs(expirationDate);
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 15, 2027": Intl's en-US long date, by hand (it is rendered many times a notice). */
export function formatDate(date: string): string {
  const { year, month, day } = partsOf(date);
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}
