// Notifications: one row per (event, recipient), shown in-app and/or mailed; the email_*
// columns track delivery so a crashed send is retried as the same message.
import type { Generated, Selectable } from 'kysely';
import type { NullableTimestamp, Timestamp } from './columns';

/** ACCOUNT: mail about the account itself (reset links, invitations), never shown in-app. */
export type NotificationAudience = 'BUYER' | 'RESELLER' | 'ISV' | 'ACCOUNT';
export type EmailStatus = 'PENDING' | 'SENT' | 'SKIPPED';

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
  /** When a PENDING row is next mailed: its insert, then later after each failed try. */
  email_due_at: Timestamp;
  email_last_error: string | null;
  emailed_at: NullableTimestamp;
  read_at: NullableTimestamp;
  created_at: Timestamp;
}

export type Notification = Selectable<NotificationTable>;
