// Whether an account may sell: its seller registration (public profile, tax, banking) must be
// complete before it creates offers or authorizations (SPEC §4).
import { type RegistrationPart, registrationIncompleteMessage } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { AppError } from '../errors';

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
  const missing: RegistrationPart[] = [];
  if (!row?.profile) missing.push('profile');
  if (!row?.tax) missing.push('tax');
  if (!row?.banking) missing.push('banking');
  return missing;
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
