// What an accepted offer becomes: the agreement with its frozen terms, the invoices it
// schedules, and the disbursements paid out to sellers from each invoice.
import type { Generated, Selectable } from 'kysely';
import type { CalendarDate, Json, NullableTimestamp, Timestamp } from './columns';
import type { PricingMode } from './offers';

export type InvoiceStatus = 'SCHEDULED' | 'DUE' | 'PAID';
export type DisbursementRole = 'ISV' | 'RESELLER';

export type FrozenTerms = {
  productName: string;
  productId: string;
  resellerName: string;
  isvName: string;
  pricingMode: PricingMode;
  markupPpm: number | null;
  lines: {
    key: string;
    displayName: string;
    quantity: number;
    wholesaleUnitCents: number;
    buyerUnitCents: number;
    isvCents: number;
    buyerCents: number;
    resellerCents: number;
  }[];
  installments: {
    invoiceDate: string;
    isvCents: number;
    buyerCents: number;
    resellerCents: number;
  }[];
};

export interface AgreementTable {
  id: string;
  offer_id: string;
  buyer_account_id: string;
  reseller_account_id: string;
  isv_account_id: string;
  product_id: string;
  offer_name: string;
  accepted_by_user_id: string;
  accepted_at: Timestamp;
  eula_sha256: string;
  terms: Json<FrozenTerms>;
  isv_total_cents: number;
  buyer_total_cents: number;
  reseller_total_cents: number;
}

export interface InvoiceTable {
  id: string;
  agreement_id: string;
  position: number;
  buyer_account_id: string;
  reseller_account_id: string;
  isv_account_id: string;
  invoice_date: CalendarDate;
  buyer_cents: number;
  isv_cents: number;
  reseller_cents: number;
  status: InvoiceStatus;
  issued_at: NullableTimestamp;
  paid_at: NullableTimestamp;
  paid_by_user_id: string | null;
  created_at: Timestamp;
}

export interface DisbursementTable {
  id: Generated<string>;
  invoice_id: string;
  seller_account_id: string;
  role: DisbursementRole;
  gross_cents: number;
  fee_cents: number;
  amount_cents: number;
  scheduled_on: CalendarDate;
  paid_out_at: NullableTimestamp;
  created_at: Timestamp;
}

export type Agreement = Selectable<AgreementTable>;
export type Invoice = Selectable<InvoiceTable>;
export type Disbursement = Selectable<DisbursementTable>;
