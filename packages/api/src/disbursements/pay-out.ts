// On its date a disbursement is marked paid out (SPEC §9). Offerdesk moves no money: this is
// the record that the payout is made. Run by the periodic billing tick and callable in tests.
import { todayUtc } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';

/** Marks every disbursement dated today (UTC) or earlier as paid out; returns how many. */
export async function payOutDueDisbursements(db: Kysely<Database>, now: Date): Promise<number> {
  const result = await db
    .updateTable('disbursements')
    .set({ paid_out_at: now })
    .where('paid_out_at', 'is', null)
    .where('scheduled_on', '<=', todayUtc(now))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
