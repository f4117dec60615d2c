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

export const sellerTaxSchema = z.object({
  country: z
    .string({ error: m.country })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, m.country),
  taxId: z
    .string({ error: m.taxId })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 .-]{0,28}[A-Za-z0-9]$/, m.taxId),
});

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
