// Invoice dates of a payment schedule when an offer is extended (SPEC §4): each today (UTC)
// or later, all distinct, and at most one on or before the offer's expiration date.

import { addDays, compareDates } from '../dates';
import type { Issue } from '../errors';
import { dateMessages } from '../messages';
import { calendarDateIssue } from './expiration';

export type InstallmentDateRules = { today: string; expirationDate?: string | null };

/** Problems with the schedule's dates; paths are indexes into `dates`. */
export function installmentDateIssues(
  dates: readonly string[],
  rules: InstallmentDateRules,
): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const onOrBeforeExpiration: number[] = [];
  dates.forEach((date, index) => {
    const formatIssue = calendarDateIssue(date);
    if (formatIssue) {
      issues.push({ path: [index], message: formatIssue });
      return;
    }
    if (seen.has(date)) {
      issues.push({ path: [index], message: dateMessages.duplicateInvoiceDate(date) });
      return;
    }
    seen.add(date);
    if (compareDates(date, rules.today) < 0) {
      issues.push({ path: [index], message: dateMessages.invoiceDatePassed(date) });
    }
    const { expirationDate } = rules;
    if (expirationDate && compareDates(date, expirationDate) <= 0) onOrBeforeExpiration.push(index);
  });
  // Report every date beyond the earliest one inside the offer window.
  const inWindow = onOrBeforeExpiration
    .map((index) => ({ index, date: dates[index] ?? '' }))
    .sort((a, b) => compareDates(a.date, b.date));
  for (const { index } of inWindow.slice(1)) {
    const expirationDate = rules.expirationDate ?? '';
    issues.push({ path: [index], message: dateMessages.tooManyBeforeExpiration(expirationDate) });
  }
  return issues;
}

/**
 * The latest expiration date a schedule allows: the day before its second-earliest invoice
 * date, or null when it has fewer than two installments. Useful as a date picker's maximum.
 */
export function latestExpirationForSchedule(dates: readonly string[]): string | null {
  const sorted = [...new Set(dates)].sort(compareDates);
  const second = sorted[1];
  return second === undefined ? null : addDays(second, -1);
}
