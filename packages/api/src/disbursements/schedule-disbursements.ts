// When an invoice is paid, each seller gets one disbursement (SPEC §9), dated by that seller's
// preference: the ISV its amount less the marketplace listing fee (rounded half up, per
// invoice), the reseller its margin in full (there are no reseller fees). A zero margin still
// gets its row of 0.00, so every paid invoice has exactly two and the ledger reconciles row
// by row.
import {
  type DisbursementPreference,
  listingFeeCents,
  nextDisbursementDate,
} from '@offerdesk/core';
import type { Database, DisbursementRole, Invoice, Kysely, Transaction } from '@offerdesk/db';

export type DisbursementPlan = {
  sellerAccountId: string;
  role: DisbursementRole;
  grossCents: number;
  feeCents: number;
  amountCents: number;
  scheduledOn: string;
};

export type PaidInvoice = Pick<
  Invoice,
  'id' | 'isv_account_id' | 'reseller_account_id' | 'isv_cents' | 'reseller_cents'
>;

export async function loadDisbursementPreference(
  db: Kysely<Database>,
  accountId: string,
): Promise<DisbursementPreference> {
  const row = await db
    .selectFrom('accounts')
    .select(['disbursement_kind', 'disbursement_day'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow();
  return row.disbursement_kind === 'daily'
    ? { kind: 'daily' }
    : { kind: 'monthly', day: row.disbursement_day };
}

/** Pure: the two disbursements of an invoice paid on `paidOn` (YYYY-MM-DD, UTC). */
export function planDisbursements(
  invoice: PaidInvoice,
  paidOn: string,
  preferences: { isv: DisbursementPreference; reseller: DisbursementPreference },
  listingFeePpm: number,
): DisbursementPlan[] {
  const fee = listingFeeCents(invoice.isv_cents, listingFeePpm);
  return [
    {
      sellerAccountId: invoice.isv_account_id,
      role: 'ISV',
      grossCents: invoice.isv_cents,
      feeCents: fee,
      amountCents: invoice.isv_cents - fee,
      scheduledOn: nextDisbursementDate(paidOn, preferences.isv),
    },
    {
      sellerAccountId: invoice.reseller_account_id,
      role: 'RESELLER',
      grossCents: invoice.reseller_cents,
      feeCents: 0,
      amountCents: invoice.reseller_cents,
      scheduledOn: nextDisbursementDate(paidOn, preferences.reseller),
    },
  ];
}

/** In the payment's transaction: a paid invoice never lacks its disbursements. */
export async function scheduleDisbursements(
  tx: Transaction<Database>,
  invoice: PaidInvoice,
  paidOn: string,
  listingFeePpm: number,
): Promise<DisbursementPlan[]> {
  const [isv, reseller] = await Promise.all([
    loadDisbursementPreference(tx, invoice.isv_account_id),
    loadDisbursementPreference(tx, invoice.reseller_account_id),
  ]);
  const plans = planDisbursements(invoice, paidOn, { isv, reseller }, listingFeePpm);
  await tx
    .insertInto('disbursements')
    .values(
      plans.map((p) => ({
        invoice_id: invoice.id,
        seller_account_id: p.sellerAccountId,
        role: p.role,
        gross_cents: p.grossCents,
        fee_cents: p.feeCents,
        amount_cents: p.amountCents,
        scheduled_on: p.scheduledOn,
      })),
    )
    // UNIQUE (invoice_id, role): a payment is made once, so are its disbursements.
    .onConflict((oc) => oc.columns(['invoice_id', 'role']).doNothing())
    .execute();
  return plans;
}
