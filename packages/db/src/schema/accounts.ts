// Accounts and who acts for them: users, sessions, sign-in throttling, invitations,
// password resets, and the seller settings (profile, tax, banking) kept per account.
import type { Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from './columns';

export type SellerType = 'ISV' | 'CHANNEL_PARTNER';
export type DisbursementKind = 'daily' | 'monthly';

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

export type Account = Selectable<AccountTable>;
export type User = Selectable<UserTable>;
export type Session = Selectable<SessionTable>;
export type Invitation = Selectable<InvitationTable>;
export type PasswordReset = Selectable<PasswordResetTable>;
