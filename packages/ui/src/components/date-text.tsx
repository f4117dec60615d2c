// Dates are shown in UTC: offers expire at 23:59:59 UTC and invoices are issued at 00:00 UTC,
// so a local-time rendering would show the wrong day to half the world.
const dateOnly = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "YYYY-MM-DD" (a calendar date) or an ISO timestamp; `withTime` adds the UTC time. */
export function formatDate(value: string, withTime = false): string {
  const date = new Date(CALENDAR_DATE.test(value) ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return withTime ? `${dateTime.format(date)} UTC` : dateOnly.format(date);
}

export function DateText({ value, withTime = false }: { value: string; withTime?: boolean }) {
  return <time dateTime={value}>{formatDate(value, withTime)}</time>;
}
