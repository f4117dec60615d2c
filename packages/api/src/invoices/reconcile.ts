// Test-only: the ledger's invariants over every agreement in the (per-file) test database,
// each a sentence an accountant would check. Returns the broken ones.
import { listingFeeCents } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';

export async function reconcileLedger(db: Kysely<Database>, listingFeePpm: number) {
  const problems: string[] = [];
  const agreements = await db.selectFrom('agreements').selectAll().execute();
  const invoices = await db.selectFrom('invoices').selectAll().execute();
  const disbursements = await db.selectFrom('disbursements').selectAll().execute();
  for (const agreement of agreements) {
    const own = invoices.filter((i) => i.agreement_id === agreement.id);
    const sum = (pick: (i: (typeof own)[number]) => number) => own.reduce((s, i) => s + pick(i), 0);
    if (own.length === 0) problems.push(`${agreement.id} has no invoice`);
    if (sum((i) => i.buyer_cents) !== agreement.buyer_total_cents)
      problems.push(`${agreement.id}: Σ invoice buyer amounts ≠ agreement buyer total`);
    if (sum((i) => i.isv_cents) !== agreement.isv_total_cents)
      problems.push(`${agreement.id}: Σ invoice ISV amounts ≠ agreement ISV total`);
    if (sum((i) => i.isv_cents) + sum((i) => i.reseller_cents) !== sum((i) => i.buyer_cents))
      problems.push(`${agreement.id}: Σ ISV + Σ reseller ≠ Σ buyer`);
  }
  for (const invoice of invoices) {
    const rows = disbursements.filter((d) => d.invoice_id === invoice.id);
    if (invoice.status !== 'PAID') {
      if (rows.length > 0) problems.push(`${invoice.id} is not paid but has disbursements`);
      continue;
    }
    const isv = rows.find((d) => d.role === 'ISV');
    const reseller = rows.find((d) => d.role === 'RESELLER');
    if (rows.length !== 2 || !isv || !reseller) {
      problems.push(`${invoice.id} is paid but has ${rows.length} disbursements`);
      continue;
    }
    const fee = listingFeeCents(invoice.isv_cents, listingFeePpm);
    if (isv.seller_account_id !== invoice.isv_account_id || isv.gross_cents !== invoice.isv_cents)
      problems.push(`${invoice.id}: ISV disbursement gross or seller is wrong`);
    if (isv.fee_cents !== fee || isv.amount_cents !== invoice.isv_cents - fee)
      problems.push(`${invoice.id}: ISV listing fee is not ${fee}`);
    if (
      reseller.seller_account_id !== invoice.reseller_account_id ||
      reseller.gross_cents !== invoice.reseller_cents ||
      reseller.fee_cents !== 0 ||
      reseller.amount_cents !== invoice.reseller_cents
    )
      problems.push(`${invoice.id}: reseller disbursement is not its margin in full`);
    if (isv.amount_cents + isv.fee_cents + reseller.amount_cents !== invoice.buyer_cents)
      problems.push(`${invoice.id}: payouts + fee ≠ buyer amount`);
  }
  return { agreements: agreements.length, invoices: invoices.length, problems };
}
