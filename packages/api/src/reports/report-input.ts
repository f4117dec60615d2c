// Inputs shared by the reports: which side of the business (reseller, or ISV with its own
// amounts only) and a period. The CSV route parses its query string with the same schemas.
import { addDays, isCalendarDate, isCalendarMonth, monthsBetween, todayUtc } from '@offerdesk/core';
import { z } from 'zod';

export const reportRole = z
  .enum(['reseller', 'isv'], { error: 'Choose reseller or ISV' })
  .default('reseller');
export type ReportRole = z.infer<typeof reportRole>;

const calendarDate = z.string().max(10).refine(isCalendarDate, 'Enter a date as YYYY-MM-DD');
// '0000-10' has the right shape but no first day, and the report's month arithmetic threw on
// it (a 500, found by the fuzzer): isCalendarMonth asks that the first day be a date.
const month = z.string().max(7).refine(isCalendarMonth, 'Enter a month as YYYY-MM');

export const MAX_MONTHS = 120;

export const roleInput = z.object({ role: reportRole }).prefault({});

/** acceptance: offers published from `from` to `to` (UTC dates, inclusive). */
export const periodInput = z
  .object({ role: reportRole, from: calendarDate.nullish(), to: calendarDate.nullish() })
  .prefault({})
  .refine((p) => !p.from || !p.to || p.from <= p.to, {
    path: ['to'],
    message: 'The end of the period must not be before its start',
  });

type Range = { from?: string | null; to?: string | null };

function bothMonths<T extends Range>(p: T): p is T & { from: string; to: string } {
  return isCalendarMonth(p.from) && isCalendarMonth(p.to);
}

/** revenueByMonth: months from `from` to `to` ('YYYY-MM', inclusive). */
export const monthRangeInput = z
  .object({ role: reportRole, from: month.nullish(), to: month.nullish() })
  .prefault({})
  // The range is checked only between two real months: zod runs an object's refinements even
  // when a field failed, and monthsBetween throws on a month that is not one. A month that is
  // not one is refused on its field alone.
  .refine((p) => !bothMonths(p) || p.from <= p.to, {
    path: ['to'],
    message: 'The last month must not be before the first',
  })
  .refine((p) => !bothMonths(p) || monthsBetween(p.from, p.to) < MAX_MONTHS, {
    path: ['to'],
    message: `Choose at most ${MAX_MONTHS} months`,
  });

/** The default acceptance period: the last 90 days through today. */
export function resolvePeriod(input: Range, now: Date) {
  const to = input.to ?? todayUtc(now);
  return { from: input.from ?? addDays(to, -89), to };
}
