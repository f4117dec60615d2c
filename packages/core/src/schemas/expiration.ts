// The offer expiration date (SPEC §4): accepted through 23:59:59 UTC on that date, chosen
// from today (UTC) up to the authorization's own end and at most 3 years ahead.

import { z } from 'zod';
import { addYears, compareDates, isCalendarDate } from '../dates';
import type { Issue } from '../errors';
import { MAX_EXPIRATION_YEARS } from '../limits';
import { dateMessages } from '../messages';

export type ExpirationRules = {
  /** Today in UTC ('YYYY-MM-DD'), from todayUtc(now): the rules depend on the day. */
  today: string;
  /** The authorization's last day, when it has one. */
  authorizationExpiresOn?: string | null;
};

/** Format problems of a 'YYYY-MM-DD' field, or null when it is a real calendar date. */
export function calendarDateIssue(value: unknown): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return dateMessages.format;
  return isCalendarDate(value) ? null : dateMessages.notOnCalendar(value);
}

/** A 'YYYY-MM-DD' string naming a real date (2027-02-29 is refused). */
export const calendarDateSchema = z.string({ error: dateMessages.format }).superRefine((v, ctx) => {
  const message = calendarDateIssue(v);
  if (message) ctx.addIssue({ code: 'custom', message });
});

/**
 * The latest allowed expiration: today + 3 years, same month and day; from Feb 29 that is
 * Feb 28 (the anniversary clamps to the month's last day, never rolls into March).
 */
export function latestExpirationDate(today: string): string {
  return addYears(today, MAX_EXPIRATION_YEARS);
}

/** Problems with an expiration date, with path [] (the field itself). */
export function expirationDateIssues(date: unknown, rules: ExpirationRules): Issue[] {
  const formatIssue = calendarDateIssue(date);
  if (typeof date !== 'string' || formatIssue) {
    return [{ path: [], message: formatIssue ?? dateMessages.format }];
  }
  const issues: Issue[] = [];
  const latest = latestExpirationDate(rules.today);
  const authorizationEnd = rules.authorizationExpiresOn;
  if (compareDates(date, rules.today) < 0) {
    issues.push({ path: [], message: dateMessages.expirationPast });
  } else if (authorizationEnd && compareDates(date, authorizationEnd) > 0) {
    issues.push({ path: [], message: dateMessages.expirationAfterAuthorization(authorizationEnd) });
  } else if (compareDates(date, latest) > 0) {
    issues.push({ path: [], message: dateMessages.expirationTooFar(latest) });
  }
  return issues;
}

export function expirationDateSchema(rules: ExpirationRules) {
  return z.string({ error: dateMessages.format }).superRefine((date, ctx) => {
    for (const issue of expirationDateIssues(date, rules)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });
}
