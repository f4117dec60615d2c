// Shared by the notification suites: a real SMTP server started here and a test API that mails
// through it; send jobs recorded instead of queued, so each test runs them when it chooses;
// and readers of the mail received and the notification rows.
import type { Database, Kysely } from '@offerdesk/db';
import { afterAll } from 'vitest';
import type { JobQueue } from '../jobs/queue';
import { startTestApi } from '../testing';
import {
  enqueueNotifications,
  type NotificationEvent,
  SEND_NOTIFICATION_JOB,
} from './enqueue-notifications';
import { sendNotification } from './send-notification';
import { notificationIdsOf } from './send-notification-job';
import { startSmtpServer } from './test-smtp-server';

export const PUBLIC_URL = 'http://offerdesk.test';

export async function startNotificationSuite() {
  const smtp = await startSmtpServer();
  afterAll(() => smtp.stop());
  const t = await startTestApi({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
  const db = t.handle.db;
  const config = t.api.services.config;

  /** The notifications the send jobs asked for, kept so each test mails them when it chooses. */
  const { jobs: recordingJobs, queued: sentJobs } = recordingSendJobs();

  async function notify(event: NotificationEvent) {
    return db
      .transaction()
      .execute((tx) => enqueueNotifications(tx, event, { jobs: recordingJobs, config }));
  }

  async function runSendJobs(ids: string[]) {
    for (const id of ids) await sendNotification(db, config, id);
  }

  function mailTo(email: string) {
    return smtp.received.filter((m) => m.envelopeTo.includes(email));
  }

  return { t, db, config, smtp, sentJobs, recordingJobs, notify, runSendJobs, mailTo };
}

/** A job queue that keeps the notification IDs of the send jobs asked for, queuing nothing. */
export function recordingSendJobs(): { jobs: JobQueue; queued: string[] } {
  const queued: string[] = [];
  const jobs: JobQueue = {
    send: async (_db, name, data) => {
      if (name === SEND_NOTIFICATION_JOB) queued.push(...notificationIdsOf(data));
    },
    wake: () => {},
  };
  return { jobs, queued };
}

export async function waitFor(done: () => boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out waiting for mail');
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
