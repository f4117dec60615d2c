// The seller's disbursement preference (SPEC §7 Settings, §9): daily, or monthly on day 1–28.
// A change applies to payments made from then on; disbursements already scheduled keep
// their date, as a payout already announced to the seller should not move.
import type { DisbursementPreference } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { loadDisbursementPreference } from '../disbursements/schedule-disbursements';

export type SellerSettings = { disbursementPreference: DisbursementPreference };

export async function getSettings(
  db: Kysely<Database>,
  accountId: string,
): Promise<SellerSettings> {
  return { disbursementPreference: await loadDisbursementPreference(db, accountId) };
}

export async function updateDisbursementPreference(
  db: Kysely<Database>,
  accountId: string,
  preference: DisbursementPreference,
): Promise<SellerSettings> {
  await db
    .updateTable('accounts')
    .set(
      preference.kind === 'daily'
        ? { disbursement_kind: 'daily' }
        : { disbursement_kind: 'monthly', disbursement_day: preference.day },
    )
    .where('id', '=', accountId)
    .execute();
  return getSettings(db, accountId);
}
