// The database as Kysely sees it. Money is int8 cents parsed to `number` on both backends
// (see connection.ts); calendar dates are 'YYYY-MM-DD' strings; instants are Date.
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<
  Date | null,
  Date | string | null | undefined,
  Date | string | null
>;
/** A calendar date, 'YYYY-MM-DD' (UTC). */
type CalendarDate = string;
type Json<T> = ColumnType<T, string, string>;

export type SellerType = 'ISV' | 'CHANNEL_PARTNER';
export type DisbursementKind = 'daily' | 'monthly';
export type OfferStatus = 'DRAFT' | 'PUBLISHING' | 'PUBLISHED' | 'FAILED' | 'CANCELLED';
export type PricingMode = 'MARKUP' | 'FIXED_PRICE';
export type AuthorizationPricingKind = 'discount' | 'custom' | 'schedule';
export type AvailabilityKind = 'single_use' | 'until_date' | 'until_deactivated';
export type ContractKind = 'none' | 'standard' | 'custom';
export type InvoiceStatus = 'SCHEDULED' | 'DUE' | 'PAID';
export type MediaType = 'application/pdf' | 'text/plain';
export type DisbursementRole = 'ISV' | 'RESELLER';
/** ACCOUNT: mail about the account itself (reset links, invitations), never shown in-app. */
export type NotificationAudience = 'BUYER' | 'RESELLER' | 'ISV' | 'ACCOUNT';
export type EmailStatus = 'PENDING' | 'SENT' | 'SKIPPED';

export interface AccountTable {
  id: string; // 12 digits
  name: string;
  disbursement_kind: Generated<DisbursementKind>;
  disbursement_day: Generated<number>; // 1..28, used when monthly
  created_at: Timestamp;
}

export interface UserTable {
  id: Generated<string>;
  account_id: string;
  email: string; // stored lower-cased; unique among users not removed
  password_hash: string;
  created_at: Timestamp;
  /** Removed from the account: kept for the history that names it, but signs in no more. */
  removed_at: NullableTimestamp;
}

export interface SessionTable {
  /** SHA-256 (hex) of the cookie token, so a leaked table does not leak sessions. */
  id: string;
  user_id: string;
  account_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
}

/** What is throttled per email and per client address (auth/rate-limit.ts). */
export type ThrottledAction = 'sign-in' | 'sign-up' | 'password-reset';

/** One counted attempt: a failed sign-in, or any sign-up or password-reset request. */
export interface LoginFailureTable {
  id: Generated<string>;
  kind: Generated<ThrottledAction>;
  email: string;
  ip: string;
  failed_at: Timestamp;
}

/** An invitation to join an account; the mailed link holds the token, the row its SHA-256. */
export interface InvitationTable {
  id: Generated<string>;
  account_id: string;
  email: string; // lower-cased
  token_hash: string;
  invited_by_user_id: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

/** A password-reset link; like an invitation, single use and stored as the token's SHA-256. */
export interface PasswordResetTable {
  id: Generated<string>;
  user_id: string;
  token_hash: string;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: NullableTimestamp;
}

export interface SellerProfileTable {
  account_id: string;
  seller_type: SellerType;
  public_name: string;
  description: string;
  updated_at: Timestamp;
}

export interface SellerTaxTable {
  account_id: string;
  country: string; // ISO 3166-1 alpha-2
  tax_id: string;
  updated_at: Timestamp;
}

export interface SellerBankingTable {
  account_id: string;
  account_holder: string;
  routing_number: string;
  account_number: string;
  updated_at: Timestamp;
}

/** File bytes, stored once by content hash. */
export interface DocumentTable {
  sha256: string;
  media_type: MediaType;
  size_bytes: number;
  bytes: Uint8Array;
  created_at: Timestamp;
}

export interface ProductTable {
  id: string; // uuid v4
  seller_account_id: string;
  name: string;
  description: string;
  eula_sha256: string | null;
  eula_file_name: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ProductDimensionTable {
  product_id: string;
  key: string;
  position: number;
  display_name: string;
  description: string;
  list_unit_cents: number;
}

export interface ResaleAuthorizationTable {
  id: string;
  isv_account_id: string;
  reseller_account_id: string;
  product_id: string;
  /** Snapshots of the product when the authorization was made. */
  product_name: string;
  eula_sha256: string;
  eula_file_name: string;
  pricing_kind: AuthorizationPricingKind;
  discount_ppm: number | null;
  availability: AvailabilityKind;
  /** Last calendar date offers can be extended from it; null = until deactivated. */
  ends_on: CalendarDate | null;
  contract_kind: ContractKind;
  contract_sha256: string | null;
  contract_file_name: string | null;
  /** Empty = any buyer. */
  buyer_account_ids: string[];
  /** The offer that used a single-use authorization up. */
  used_by_offer_id: string | null;
  deactivated_at: NullableTimestamp;
  created_by_user_id: string;
  created_at: Timestamp;
}

export interface AuthorizationDimensionTable {
  authorization_id: string;
  key: string;
  position: number;
  display_name: string;
  description: string;
  list_unit_cents: number;
  /** Custom-price authorizations only. */
  wholesale_unit_cents: number | null;
  /** Schedule (FPS) authorizations only: the fixed units. */
  fixed_quantity: number | null;
}

export interface AuthorizationInstallmentTable {
  authorization_id: string;
  position: number;
  invoice_date: CalendarDate;
  isv_cents: number;
}

export interface ContractAcceptanceTable {
  authorization_id: string;
  reseller_account_id: string;
  user_id: string;
  accepted_at: Timestamp;
}

export interface OfferTable {
  id: string;
  reseller_account_id: string;
  isv_account_id: string;
  authorization_id: string;
  product_id: string;
  name: string | null;
  status: OfferStatus;
  pricing_mode: PricingMode | null;
  markup_ppm: number | null;
  expiration_date: CalendarDate | null;
  combined_pdf_sha256: string | null;
  failure_reason: string | null;
  /** Totals of the priced offer, per buyer account; null until priced. */
  isv_total_cents: number | null;
  buyer_total_cents: number | null;
  reseller_total_cents: number | null;
  created_by_user_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  extended_at: NullableTimestamp;
  published_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
}

export interface OfferBuyerTable {
  offer_id: string;
  buyer_account_id: string;
  position: number;
}

export interface OfferDimensionTable {
  offer_id: string;
  key: string;
  position: number;
  quantity: number;
}

/** FIXED PRICE only: the buyer amount of each authorization installment. */
export interface OfferInstallmentTable {
  offer_id: string;
  position: number;
  buyer_cents: number;
}

export interface OfferDocumentTable {
  id: Generated<string>;
  offer_id: string;
  position: number;
  file_name: string;
  document_sha256: string;
  created_at: Timestamp;
}

export interface OfferEventTable {
  id: Generated<string>;
  offer_id: string;
  kind: string;
  actor_user_id: string | null;
  actor_account_id: string | null;
  detail: Json<Record<string, unknown>>;
  at: Timestamp;
}

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

export interface NotificationTable {
  id: Generated<string>;
  /** Unique per (event, recipient): e.g. 'offer.published:offer-…:713384441954'. */
  dedupe_key: string;
  /** Stable RFC 5322 Message-ID, so a resend after a crash is recognisably the same message. */
  message_id: string;
  event: string;
  offer_id: string | null;
  recipient_account_id: string;
  audience: NotificationAudience;
  subject: string;
  body_text: string;
  /** The same message as HTML (everything escaped); '' for in-app-only rows. */
  body_html: Generated<string>;
  email_to: string[];
  email_status: Generated<EmailStatus>;
  email_attempts: Generated<number>;
  email_last_error: string | null;
  emailed_at: NullableTimestamp;
  read_at: NullableTimestamp;
  created_at: Timestamp;
}

export interface Database {
  accounts: AccountTable;
  users: UserTable;
  sessions: SessionTable;
  login_failures: LoginFailureTable;
  invitations: InvitationTable;
  password_resets: PasswordResetTable;
  seller_profiles: SellerProfileTable;
  seller_tax: SellerTaxTable;
  seller_banking: SellerBankingTable;
  documents: DocumentTable;
  products: ProductTable;
  product_dimensions: ProductDimensionTable;
  resale_authorizations: ResaleAuthorizationTable;
  authorization_dimensions: AuthorizationDimensionTable;
  authorization_installments: AuthorizationInstallmentTable;
  contract_acceptances: ContractAcceptanceTable;
  offers: OfferTable;
  offer_buyers: OfferBuyerTable;
  offer_dimensions: OfferDimensionTable;
  offer_installments: OfferInstallmentTable;
  offer_documents: OfferDocumentTable;
  offer_events: OfferEventTable;
  agreements: AgreementTable;
  invoices: InvoiceTable;
  disbursements: DisbursementTable;
  notifications: NotificationTable;
}

export type Account = Selectable<AccountTable>;
export type User = Selectable<UserTable>;
export type Session = Selectable<SessionTable>;
export type Invitation = Selectable<InvitationTable>;
export type PasswordReset = Selectable<PasswordResetTable>;
export type Product = Selectable<ProductTable>;
export type ProductDimension = Selectable<ProductDimensionTable>;
export type ResaleAuthorization = Selectable<ResaleAuthorizationTable>;
export type AuthorizationDimension = Selectable<AuthorizationDimensionTable>;
export type AuthorizationInstallment = Selectable<AuthorizationInstallmentTable>;
export type Offer = Selectable<OfferTable>;
export type NewOffer = Insertable<OfferTable>;
export type OfferUpdate = Updateable<OfferTable>;
export type OfferEvent = Selectable<OfferEventTable>;
export type Agreement = Selectable<AgreementTable>;
export type Invoice = Selectable<InvoiceTable>;
export type Disbursement = Selectable<DisbursementTable>;
export type Notification = Selectable<NotificationTable>;
