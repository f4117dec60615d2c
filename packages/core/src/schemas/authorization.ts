// What an ISV states when authorizing a reseller (SPEC §7): pricing (discount, custom
// wholesale prices, or a payment schedule), availability, contract, buyer restriction.
// Whether wholesale prices match the product's dimensions needs the product, so the server
// checks that, with authorizationMessages.wholesaleCount.

import { z } from 'zod';
import { compareDates, isCalendarDate } from '../dates';
import type { Issue } from '../errors';
import { MAX_CENTS, MAX_INSTALLMENTS } from '../limits';
import { authorizationMessages, dateMessages, pricingMessages } from '../messages';
import { calendarDateSchema } from './expiration';
import {
  discountPpmSchema,
  quantitySchema,
  unitCentsSchema,
  wholeNumberSchema,
} from './pricing-inputs';

export const scheduleInstallmentSchema = z.object({
  invoiceDate: calendarDateSchema,
  isvCents: wholeNumberSchema(0, MAX_CENTS, pricingMessages.installmentAmount),
});

/** 1…60 installments with distinct invoice dates. */
export const paymentScheduleSchema = z
  .array(scheduleInstallmentSchema, { error: pricingMessages.noInstallments })
  .min(1, pricingMessages.noInstallments)
  .max(MAX_INSTALLMENTS, pricingMessages.tooManyInstallments)
  .superRefine((installments, ctx) => {
    const seen = new Set<string>();
    installments.forEach(({ invoiceDate }, index) => {
      // zod runs this even when an element failed; a non-date has its own issue already.
      if (!isCalendarDate(invoiceDate)) return;
      if (seen.has(invoiceDate)) {
        const message = dateMessages.duplicateInvoiceDate(invoiceDate);
        ctx.addIssue({ code: 'custom', path: [index, 'invoiceDate'], message });
      }
      seen.add(invoiceDate);
    });
  });

export const authorizationPricingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('discount'), discountPpm: discountPpmSchema }),
  /** One wholesale unit price per product dimension, in the product's order. */
  z.object({ kind: z.literal('custom'), wholesaleUnitCents: z.array(unitCentsSchema).min(1) }),
  /** The schedule's single dimension is bought in this fixed quantity. */
  z.object({
    kind: z.literal('schedule'),
    installments: paymentScheduleSchema,
    quantity: quantitySchema,
  }),
]);
export type AuthorizationPricing = z.infer<typeof authorizationPricingSchema>;

export const availabilitySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('single_use'), expiresOn: calendarDateSchema.nullable() }),
  z.object({
    kind: z.literal('until_date'),
    expiresOn: calendarDateSchema.nullable().refine((date) => date !== null, {
      message: authorizationMessages.endDateRequired,
    }),
  }),
  z.object({ kind: z.literal('until_deactivated'), expiresOn: z.null().default(null) }),
]);
export type Availability = z.infer<typeof availabilitySchema>;

/**
 * Rules across fields when the authorization is created: an FPS authorization is single use
 * with an end date, and an end date is today or later. Paths: ['availability', ...].
 */
export function authorizationTermsIssues(input: {
  pricingKind: AuthorizationPricing['kind'];
  availability: Availability;
  today: string;
}): Issue[] {
  const { availability } = input;
  const issues: Issue[] = [];
  const scheduleOk = availability.kind === 'single_use' && availability.expiresOn !== null;
  if (input.pricingKind === 'schedule' && !scheduleOk) {
    issues.push({
      path: ['availability', 'kind'],
      message: authorizationMessages.scheduleSingleUse,
    });
  }
  if (availability.expiresOn !== null && compareDates(availability.expiresOn, input.today) < 0) {
    issues.push({
      path: ['availability', 'expiresOn'],
      message: authorizationMessages.endDatePast,
    });
  }
  return issues;
}
