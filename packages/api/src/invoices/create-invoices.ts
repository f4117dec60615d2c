// Invoices come from an agreement (SPEC §9), written with it by acceptance: one upfront
// invoice, DUE at once, for a discount or custom-price authorization; one per installment for a
// payment schedule (FPS), SCHEDULED until 00:00 UTC of its invoice date, then DUE — an
// installment whose date has come by the moment of acceptance is DUE at once.
import { newInvoiceId, todayUtc } from '@offerdesk/core';
import type { Agreement, FrozenTerms, InvoiceTable } from '@offerdesk/db';
import type { Insertable } from 'kysely';

export type AgreementForInvoicing = Pick<
  Agreement,
  | 'id'
  | 'buyer_account_id'
  | 'reseller_account_id'
  | 'isv_account_id'
  | 'isv_total_cents'
  | 'buyer_total_cents'
  | 'reseller_total_cents'
> & {
  accepted_at: Date | string;
  /** The frozen terms, as read back (object) or as inserted (JSON text). */
  terms: FrozenTerms | string;
};

export type InvoicePlan = Omit<Insertable<InvoiceTable>, 'id' | 'created_at'>;

/** The invoices an agreement produces; pure, so the rule is testable without a database. */
export function planInvoices(agreement: AgreementForInvoicing): InvoicePlan[] {
  const terms: FrozenTerms =
    typeof agreement.terms === 'string' ? JSON.parse(agreement.terms) : agreement.terms;
  const acceptedAt = new Date(agreement.accepted_at);
  const acceptedOn = todayUtc(acceptedAt);
  const parties = {
    agreement_id: agreement.id,
    buyer_account_id: agreement.buyer_account_id,
    reseller_account_id: agreement.reseller_account_id,
    isv_account_id: agreement.isv_account_id,
  };
  if (terms.installments.length === 0) {
    return [
      {
        ...parties,
        position: 0,
        invoice_date: acceptedOn,
        buyer_cents: agreement.buyer_total_cents,
        isv_cents: agreement.isv_total_cents,
        reseller_cents: agreement.reseller_total_cents,
        status: 'DUE',
        issued_at: acceptedAt,
      },
    ];
  }
  return terms.installments.map((installment, position) => {
    const dueAtOnce = installment.invoiceDate <= acceptedOn;
    return {
      ...parties,
      position,
      invoice_date: installment.invoiceDate,
      buyer_cents: installment.buyerCents,
      isv_cents: installment.isvCents,
      reseller_cents: installment.resellerCents,
      status: dueAtOnce ? 'DUE' : 'SCHEDULED',
      issued_at: dueAtOnce ? acceptedAt : null,
    };
  });
}

/** The invoice rows, IDs included, that acceptance inserts with the agreement (one statement). */
export function invoiceRows(agreement: AgreementForInvoicing): Insertable<InvoiceTable>[] {
  return planInvoices(agreement).map((plan) => ({ ...plan, id: newInvoiceId() }));
}
