// When a seller is paid out for a paid invoice, by the seller's preference (SPEC §9).

import { z } from 'zod';
import { addDays, addMonths } from './dates';
import { registrationMessages } from './messages';

export const disbursementPreferenceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily') }),
  z.object({
    kind: z.literal('monthly'),
    // Day 28 at most, so every month has the chosen day and no payout slides to the next.
    day: z
      .number({ error: registrationMessages.disbursementDay })
      .int(registrationMessages.disbursementDay)
      .min(1, registrationMessages.disbursementDay)
      .max(28, registrationMessages.disbursementDay),
  }),
]);

export type DisbursementPreference = z.infer<typeof disbursementPreferenceSchema>;

/** The marketplace default: monthly, on the 1st. */
export const DEFAULT_DISBURSEMENT_PREFERENCE: DisbursementPreference = { kind: 'monthly', day: 1 };

/**
 * The payout date for a payment made on `paidOn`: daily → the next day; monthly on day d →
 * the first day d strictly after the payment date (paid on the 1st with day 1 → next month).
 */
export function nextDisbursementDate(paidOn: string, preference: DisbursementPreference): string {
  if (preference.kind === 'daily') return addDays(paidOn, 1);
  const paidDay = Number(paidOn.slice(8, 10));
  const dayOfMonth = String(preference.day).padStart(2, '0');
  const month = addMonths(paidOn, paidDay < preference.day ? 0 : 1);
  return `${month.slice(0, 8)}${dayOfMonth}`;
}
