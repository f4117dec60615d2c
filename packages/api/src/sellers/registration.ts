// Whether an account may sell: its seller registration (public profile, tax, banking) must be
// complete before it creates offers or authorizations (SPEC §4).
import {
  REGISTRATION_PARTS,
  type RegistrationPart,
  registrationIncompleteMessage,
} from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { AppError } from '../errors';

/** The parts not filled in yet, in the order the registration page shows them. */
export function missingParts(filled: Record<RegistrationPart, unknown>): RegistrationPart[] {
  return REGISTRATION_PARTS.filter((part) => !filled[part]);
}

export async function getMissingRegistration(
  db: Kysely<Database>,
  accountId: string,
): Promise<RegistrationPart[]> {
  const row = await db
    .selectFrom('accounts')
    .leftJoin('seller_profiles', 'seller_profiles.account_id', 'accounts.id')
    .leftJoin('seller_tax', 'seller_tax.account_id', 'accounts.id')
    .leftJoin('seller_banking', 'seller_banking.account_id', 'accounts.id')
    .select([
      'seller_profiles.account_id as profile',
      'seller_tax.account_id as tax',
      'seller_banking.account_id as banking',
    ])
    .where('accounts.id', '=', accountId)
    .executeTakeFirst();
  return missingParts({
    profile: row?.profile,
    tax: row?.tax,
    banking: row?.banking,
  });
}

/** Refuses with PRECONDITION_FAILED and the list of what is missing. */
export async function assertSellerRegistered(
  db: Kysely<Database>,
  accountId: string,
): Promise<void> {
  const missing = await getMissingRegistration(db, accountId);
  if (missing.length > 0) {
    throw new AppError('PRECONDITION_FAILED', registrationIncompleteMessage(missing), [
      { path: ['registration'], message: registrationIncompleteMessage(missing) },
    ]);
  }
}
