// Seller registration (SPEC §1): public profile, tax, banking. Offerdesk checks their form
// only; nothing here is verified with an authority and no money moves.

import { z } from 'zod';
import { registrationMessages as m } from '../messages';
import { sellerTypeSchema } from './enums';

export const sellerProfileSchema = z.object({
  publicName: z.string({ error: m.publicName }).trim().min(1, m.publicName).max(100, m.publicName),
  description: z.string({ error: m.description }).trim().max(2000, m.description),
  sellerType: sellerTypeSchema,
});

type TaxForm = { pattern: RegExp; normalize: (compact: string) => string };

/** The countries whose tax ID form Offerdesk knows, matched without spaces, upper-cased. */
const TAX_ID_FORMS: Record<keyof typeof m.taxIdOf, TaxForm> = {
  // Employer identification number: 2 + 7 digits, written 12-3456789.
  US: { pattern: /^\d{2}-?\d{7}$/, normalize: (c) => `${c.slice(0, 2)}-${c.slice(-7)}` },
  // VAT registration number: 9 digits, or 12 for a group member; the GB prefix is optional.
  GB: { pattern: /^(GB)?(\d{9}|\d{12})$/, normalize: (c) => `GB${c.replace(/^GB/, '')}` },
  // Umsatzsteuer-Identifikationsnummer: DE and 9 digits; the prefix is optional.
  DE: { pattern: /^(DE)?\d{9}$/, normalize: (c) => `DE${c.replace(/^DE/, '')}` },
};

const FREE_TEXT_TAX_ID = /^[A-Za-z0-9][A-Za-z0-9 .-]{0,28}[A-Za-z0-9]$/;

const hasTaxForm = (country: string): country is keyof typeof TAX_ID_FORMS =>
  Object.hasOwn(TAX_ID_FORMS, country);

/** The tax ID in its usual written form, or null when it does not have the country's form. */
export function normalizeTaxId(country: string, taxId: string): string | null {
  if (!hasTaxForm(country)) return FREE_TEXT_TAX_ID.test(taxId) ? taxId : null;
  const form = TAX_ID_FORMS[country];
  const compact = taxId.replace(/\s+/g, '').toUpperCase();
  return form.pattern.test(compact) ? form.normalize(compact) : null;
}

/** What a tax ID of this country looks like, for the refusal. */
export function taxIdMessage(country: string): string {
  return hasTaxForm(country) ? m.taxIdOf[country] : m.taxId;
}

const taxShape = {
  country: z
    .string({ error: m.country })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, m.country),
  taxId: z.string({ error: m.taxId }).trim(),
};

function checkTaxId<T extends { country: string; taxId: string }>(
  tax: T,
  ctx: z.RefinementCtx<T>,
): T {
  const taxId = normalizeTaxId(tax.country, tax.taxId);
  if (taxId === null) {
    ctx.addIssue({ code: 'custom', path: ['taxId'], message: taxIdMessage(tax.country) });
    return z.NEVER;
  }
  return { ...tax, taxId };
}

/** Country and tax ID; US, GB and DE IDs are checked for form and stored in their usual form. */
export const sellerTaxSchema = z.object(taxShape).transform(checkTaxId);

/** ABA routing number checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10). */
export function isRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = [...value].reduce(
    (total, digit, index) => total + Number(digit) * (weights[index] ?? 0),
    0,
  );
  return sum % 10 === 0;
}

/** A USD bank account (SPEC §1). */
export const sellerBankingSchema = z.object({
  accountHolder: z
    .string({ error: m.accountHolder })
    .trim()
    .min(1, m.accountHolder)
    .max(100, m.accountHolder),
  routingNumber: z
    .string({ error: m.routingNumber })
    .trim()
    .refine(isRoutingNumber, m.routingNumber),
  accountNumber: z
    .string({ error: m.bankAccountNumber })
    .trim()
    .regex(/^\d{4,17}$/, m.bankAccountNumber),
});

/** "•••• 6789": how a stored account number is shown back. */
export function maskBankAccount(accountNumber: string): string {
  return `•••• ${accountNumber.slice(-4)}`;
}

export const REGISTRATION_PARTS = ['profile', 'tax', 'banking'] as const;
export type RegistrationPart = (typeof REGISTRATION_PARTS)[number];

/** "Complete your seller registration first: tax information is missing". */
export function registrationIncompleteMessage(missing: readonly RegistrationPart[]): string {
  return m.incomplete(missing.map((part) => m.parts[part]));
}

/** account.registration.update: one part at a time, each in its own form. */
export const registrationUpdateSchema = z.discriminatedUnion('part', [
  sellerProfileSchema.extend({ part: z.literal('profile') }),
  z.object({ part: z.literal('tax'), ...taxShape }).transform(checkTaxId),
  sellerBankingSchema.extend({ part: z.literal('banking') }),
]);
export type RegistrationUpdate = z.input<typeof registrationUpdateSchema>;
