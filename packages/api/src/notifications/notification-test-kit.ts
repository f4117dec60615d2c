// Shared by the notification suites: a real SMTP server started here and a test API that mails
// through it, with its mail outbox off (and a database of its own, so no other file's outbox
// mails these rows), so each test mails its rows when it chooses; and readers of the mail
// received and the notification rows.
import type { Database, Kysely } from '@offerdesk/db';
import { afterAll } from 'vitest';
import { startTestApi } from '../testing';
import { enqueueNotifications, type NotificationEvent } from './enqueue-notifications';
import { sendDueMail } from './mail-outbox';
import { sendNotification } from './send-notification';
import { startSmtpServer } from './test-smtp-server';

export const PUBLIC_URL = 'http://offerdesk.test';

export async function startNotificationSuite() {
  const smtp = await startSmtpServer();
  afterAll(() => smtp.stop());
  const t = await startQuietMailApi({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  const db = t.handle.db;
  const config = t.api.services.config;

  async function notify(event: NotificationEvent) {
    return db.transaction().execute((tx) => enqueueNotifications(tx, event, { config }));
  }

  async function sendMail(ids: string[]) {
    for (const id of ids) await sendNotification(db, config, id);
  }

  /** What the outbox would do now: mail every due row. */
  async function sendDue() {
    while ((await sendDueMail(t.api.services)) > 0) {}
  }

  function mailTo(email: string) {
    return smtp.received.filter((m) => m.envelopeTo.includes(email));
  }

  return { t, db, config, smtp, notify, sendMail, sendDue, mailTo };
}

/** A test API whose rows to mail wait for the test (see the top of this file). */
export function startQuietMailApi(config: Parameters<typeof startTestApi>[0]) {
  return startTestApi(config, { isolatedDatabase: true, mailOutbox: false });
}

/** Those of `ids` written to be mailed (PENDING), in the order given. */
export async function toMail(db: Kysely<Database>, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const pending = await db
    .selectFrom('notifications')
    .select('id')
    .where('id', 'in', ids)
    .where('email_status', '=', 'PENDING')
    .execute();
  const set = new Set(pending.map((row) => row.id));
  return ids.filter((id) => set.has(id));
}

/**
 * Polls `look` (at the test SMTP server, or a query) until it gives something truthy, and
 * returns that: a mail found, or `true` for a condition.
 */
export async function waitFor<T>(
  look: () => T | Promise<T>,
  what = 'mail',
  timeoutMs = 15_000,
): Promise<NonNullable<T>> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const found = await look();
    if (found) return found;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function linkIn(text: string): string {
  const match = /http:\/\/offerdesk\.test\/[^\s]+/.exec(text);
  return match?.[0] ?? '';
}

export async function rowsOf(db: Kysely<Database>, offerId: string) {
  return db.selectFrom('notifications').selectAll().where('offer_id', '=', offerId).execute();
}
