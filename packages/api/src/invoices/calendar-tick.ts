// Work that falls due with the calendar, run by a pg-boss schedule every minute (one run per
// minute across all worker processes): SCHEDULED invoices whose date has come become DUE,
// disbursements whose date has come are marked paid out, and offers entering their last 72
// hours remind the buyers that have not accepted. Each step is idempotent, so a late or
// repeated tick is harmless. It follows the services' clock (so a testing clock offset moves
// invoices too); tests call the steps with their own instant.
import type { Services } from '../context';
import { payOutDueDisbursements } from '../disbursements/pay-out';
import { enqueueExpiryReminders } from '../notifications/expiry-reminders';
import { issueDueInvoices } from './issue-due-invoices';

export const CALENDAR_TICK_JOB = 'calendar-tick' as const;
export const CALENDAR_TICK_CRON = '* * * * *';

export async function runCalendarTick(services: Services, now = services.clock.now()) {
  const issued = await issueDueInvoices(services.db, now);
  const paidOut = await payOutDueDisbursements(services.db, now);
  const reminders = await enqueueExpiryReminders(services.db, services, now);
  if (reminders > 0) services.jobs.wake('mail');
  if (issued + paidOut + reminders > 0) {
    services.logger.info({ issued, paidOut, reminders }, 'calendar tick');
  }
  return { issued, paidOut, reminders };
}
