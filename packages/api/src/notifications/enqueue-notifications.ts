// The lifecycle's notifications (SPEC §10). Each (event, recipient) is one `notifications` row
// with a unique dedupe key and a stable Message-ID; the rows and their send job are written in
// the caller's transaction (publish job → published, accept → accepted, cancel → cancelled,
// the expiry tick → expiring), so a notice exists exactly when its event commits, and a
// repeated event adds nothing (ON CONFLICT DO NOTHING).
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

export const SEND_NOTIFICATION_JOB = 'send-notification' as const;

/** What a send job carries: the notifications it mails. */
export type SendJobData = { notificationIds: string[] };

/** `<hash@offerdesk>`: the same key always gives the same Message-ID. */
export function messageIdOf(dedupeKey: string): string {
  return `<${createHash('sha256').update(dedupeKey).digest('hex').slice(0, 40)}@offerdesk>`;
}

/** Inserts the event's notices and one send job for the new emailed ones; returns the new rows. */
export async function enqueueNotifications(
  tx: Kysely<Database>,
  event: NotificationEvent,
  services: NotificationServices,
): Promise<{ notificationIds: string[] }> {
  const built = await noticesFor(tx, event, services.config.publicUrl);
  if (!built || built.notices.length === 0) return { notificationIds: [] };
  const emails = await emailsByAccount(tx, [
    ...new Set(built.notices.filter((n) => n.email).map((n) => n.accountId)),
  ]);
  const created = await tx
    .insertInto('notifications')
    .values(notificationRows(event.kind, built, emails))
    .onConflict((oc) => oc.column('dedupe_key').doNothing())
    .returning(['id', 'email_status'])
    .execute();
  await queueSendJob(tx, created, services);
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

/**
 * One send job for the new rows still to be mailed, in the caller's transaction. One job, not
 * one per row: each job row costs pg-boss an insert and two updates across its indexes, about
 * 30 WAL records, which was most of an acceptance's write load. A mail the SMTP server refuses
 * is still retried alone: a retry of the job skips the rows already sent.
 */
export async function queueSendJob(
  tx: Kysely<Database>,
  created: { id: string; email_status: string }[],
  services: Pick<NotificationServices, 'jobs'>,
): Promise<void> {
  const pending = created.filter((row) => row.email_status === 'PENDING').map((row) => row.id);
  if (pending.length === 0) return;
  const data: SendJobData = { notificationIds: pending };
  await services.jobs.send(tx, SEND_NOTIFICATION_JOB, data);
}
