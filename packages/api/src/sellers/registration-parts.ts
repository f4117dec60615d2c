// The seller registration's three parts as the account sees and edits them (account.registration).
// Banking numbers are stored whole (payouts need them) and shown only by their last 4 digits.
import {
  maskBankAccount,
  type RegistrationPart,
  type registrationUpdateSchema,
  type SellerType,
} from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { z } from 'zod';
import { missingParts } from './registration';

export type Registration = {
  profile: { publicName: string; description: string; sellerType: SellerType } | null;
  tax: { country: string; taxId: string } | null;
  banking: {
    accountHolder: string;
    routingNumberMasked: string;
    accountNumberMasked: string;
  } | null;
  missing: RegistrationPart[];
  complete: boolean;
};

export async function getRegistration(
  db: Kysely<Database>,
  accountId: string,
): Promise<Registration> {
  const [profile, tax, banking] = await Promise.all([
    db
      .selectFrom('seller_profiles')
      .select(['public_name', 'description', 'seller_type'])
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
    db
      .selectFrom('seller_tax')
      .select(['country', 'tax_id'])
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
    db
      .selectFrom('seller_banking')
      .select(['account_holder', 'routing_number', 'account_number'])
      .where('account_id', '=', accountId)
      .executeTakeFirst(),
  ]);
  const missing = missingParts({ profile, tax, banking });
  return {
    profile: profile
      ? {
          publicName: profile.public_name,
          description: profile.description,
          sellerType: profile.seller_type,
        }
      : null,
    tax: tax ? { country: tax.country, taxId: tax.tax_id } : null,
    banking: banking
      ? {
          accountHolder: banking.account_holder,
          routingNumberMasked: maskBankAccount(banking.routing_number),
          accountNumberMasked: maskBankAccount(banking.account_number),
        }
      : null,
    missing,
    complete: missing.length === 0,
  };
}

export type RegistrationUpdate = z.output<typeof registrationUpdateSchema>;

/** Saves one part (replacing what was there) and answers the whole registration. */
export async function updateRegistration(
  db: Kysely<Database>,
  accountId: string,
  update: RegistrationUpdate,
): Promise<Registration> {
  const updatedAt = sql<Date>`now()`;
  if (update.part === 'profile') {
    const values = {
      public_name: update.publicName,
      description: update.description,
      seller_type: update.sellerType,
      updated_at: updatedAt,
    };
    await db
      .insertInto('seller_profiles')
      .values({ account_id: accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  } else if (update.part === 'tax') {
    const values = { country: update.country, tax_id: update.taxId, updated_at: updatedAt };
    await db
      .insertInto('seller_tax')
      .values({ account_id: accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  } else {
    const values = {
      account_holder: update.accountHolder,
      routing_number: update.routingNumber,
      account_number: update.accountNumber,
      updated_at: updatedAt,
    };
    await db
      .insertInto('seller_banking')
      .values({ account_id: accountId, ...values })
      .onConflict((oc) => oc.column('account_id').doUpdateSet(values))
      .execute();
  }
  return getRegistration(db, accountId);
}
