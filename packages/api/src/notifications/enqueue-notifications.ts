// The lifecycle's notifications (SPEC §10). Each (event, recipient) is one `notifications` row
// with a unique dedupe key and a stable Message-ID; the rows are written in the caller's
// transaction (publish job → published, accept → accepted, cancel → cancelled), so a notice
// exists exactly when its event commits, or, for the expiry tick, in one statement per group
// of offers; a repeated event adds nothing (ON CONFLICT DO NOTHING). A row to be mailed is
// written PENDING: the mail outbox (mail-outbox.ts) sends it; the caller wakes it with
// `jobs.wake('mail')` after the commit.
import { createHash } from 'node:crypto';
import type { Database, Kysely, NotificationAudience, NotificationTable } from '@offerdesk/db';
import type { Insertable } from 'kysely';
import type { ApiConfig } from '../config';
import type { JobQueue } from '../jobs/queue';
import type { RenderedMessage } from '../mail/compose-message';
import { type Built, type NotificationEvent, noticesFor } from './notices';
import { emailsByAccount } from './recipients';

export type { NotificationEvent } from './notices';

export type NotificationServices = { jobs: JobQueue; config: Pick<ApiConfig, 'publicUrl'> };

export type Notice = {
  accountId: string;
  audience: NotificationAudience;
  /** False: in-app only (the sellers' published, cancelled and expiring notices). */
  email: boolean;
  dedupeKey: string;
  message: RenderedMessage;
};

/** `<hash@offerdesk>`: the same key always gives the same Message-ID. */
export function messageIdOf(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}@offerdesk>`;
}

/** Inserts the event's notices; returns the new rows. */
export async function enqueueNotifications(
  tx: Kysely<Database>,
  event: NotificationEvent,
  services: Pick<NotificationServices, 'config'>,
): Promise<{ notificationIds: string[] }> {
  const built = await noticesFor(tx, event, services.config.publicUrl);
  return insertNotices(tx, event.kind, built ? [built] : []);
}

/**
 * Inserts the notices of one kind of event, for any number of offers, in one statement (and
 * one more for the recipients' emails); a notice already there is left as it is.
 */
export async function insertNotices(
  db: Kysely<Database>,
  event: NotificationEvent['kind'],
  built: Built[],
): Promise<{ notificationIds: string[] }> {
  const rows = built.flatMap((each) => each.notices);
  if (rows.length === 0) return { notificationIds: [] };
  const emails = await emailsByAccount(db, [
    ...new Set(rows.filter((n) => n.email).map((n) => n.accountId)),
  ]);
  const created = await db
    .insertInto('notifications')
    .values(built.flatMap((each) => notificationRows(event, each, emails)))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning('id')
    .execute();
  return { notificationIds: created.map((r) => r.id) };
}

/** The notifications rows of an event's notices; `emails` holds each mailed account's. */
export function notificationRows(
  event: NotificationEvent['kind'],
  built: Built,
  emails: Map<string, string[]>,
): Insertable<NotificationTable>[] {
  return built.notices.map((notice) => {
    const emailTo = notice.email ? (emails.get(notice.accountId) ?? []) : [];
    return {
      dedupe_key: notice.dedupeKey,
      message_id: messageIdOf(notice.dedupeKey),
      event,
      offer_id: built.offerId,
      recipient_account_id: notice.accountId,
      audience: notice.audience,
      subject: notice.message.subject,
      body_text: notice.message.text,
      body_html: notice.message.html,
      email_to: emailTo,
      email_status: emailTo.length > 0 ? 'PENDING' : 'SKIPPED',
    };
  });
}
