// The catalog: ISV products with their priced dimensions, and the resale authorizations
// (dimensions, installments, contract acceptances) that let a reseller sell them.
import type { Selectable } from 'kysely';
import type { CalendarDate, NullableTimestamp, Timestamp } from './columns';

export type AuthorizationPricingKind = 'discount' | 'custom' | 'schedule';
export type AvailabilityKind = 'single_use' | 'until_date' | 'until_deactivated';
export type ContractKind = 'none' | 'standard' | 'custom';

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

export type Product = Selectable<ProductTable>;
export type ProductDimension = Selectable<ProductDimensionTable>;
export type ResaleAuthorization = Selectable<ResaleAuthorizationTable>;
export type AuthorizationDimension = Selectable<AuthorizationDimensionTable>;
export type AuthorizationInstallment = Selectable<AuthorizationInstallmentTable>;
