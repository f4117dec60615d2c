// Offers and what they carry: buyers, quantities, installments, attached documents (file bytes
// stored once by hash in `documents`) and the event history.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CalendarDate, Json, NullableTimestamp, Timestamp } from './columns';

export type OfferStatus = 'DRAFT' | 'PUBLISHING' | 'PUBLISHED' | 'FAILED' | 'CANCELLED';
export type PricingMode = 'MARKUP' | 'FIXED_PRICE';
export type MediaType = 'application/pdf' | 'text/plain';

/** File bytes, stored once by content hash. */
export interface DocumentTable {
  sha256: string;
  media_type: MediaType;
  size_bytes: number;
  bytes: Uint8Array;
  created_at: Timestamp;
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

export type Offer = Selectable<OfferTable>;
export type NewOffer = Insertable<OfferTable>;
export type OfferUpdate = Updateable<OfferTable>;
export type OfferEvent = Selectable<OfferEventTable>;
