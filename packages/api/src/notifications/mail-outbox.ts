// The mail queue is the notifications table itself (SPEC §10: a durable queue with retries). A
// row is written PENDING in the same transaction as its event, so it exists exactly when the
// event commits; each worker process mails the rows that are due, oldest first, in batches:
// woken right after a commit in this process, and polling every half second for the commits
// of others. A failed send leaves the row PENDING and due again later (send-notification.ts),
// so an SMTP outage of any length loses nothing. Two workers may pick the same rows: each row
// is claimed just before it is sent, so it is mailed once.
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { ApiConfig } from '../config';
import { type SendOutcome, sendNotifications } from './send-notification';

const BATCH = 100;
const POLL_MS = 500;
/**
 * How long a wake waits for more commits, so that a burst (300 acceptances a second) is mailed
 * in batches rather than a batch per commit.
 */
const WAKE_COALESCE_MS = 50;
/**
 * A batch can take long while the SMTP server stalls (smtp-mailer.ts timeouts): shutdown does
 * not wait for it beyond this. A row cut off mid-send stays PENDING and is mailed later.
 */
const STOP_WAIT_MS = 30_000;

export type MailServices = {
  db: Kysely<Database>;
  config: Pick<ApiConfig, 'smtpUrl' | 'demoMailbox'>;
  logger: Logger;
};

/**
 * Mails up to `limit` due rows; returns how many it settled (sent, failed and put off, or found
 * done), not counting those another worker is sending.
 */
export async function sendDueMail(services: MailServices, limit = BATCH): Promise<number> {
  const due = await services.db
    .selectFrom('notifications')
    .select('id')
    .where('email_status', '=', 'PENDING')
    .where('email_due_at', '<=', sql<Date>`now()`)
    .orderBy('email_due_at')
    .limit(limit)
    .execute();
  if (due.length === 0) return 0;
  const outcomes = await sendNotifications(
    services.db,
    services.config,
    due.map((row) => row.id),
  );
  const done: Partial<Record<SendOutcome, string[]>> = {};
  let settled = 0;
  for (const [id, outcome] of outcomes) {
    if (outcome !== 'held' && outcome !== 'missing') settled += 1;
    if (outcome instanceof Error) {
      services.logger.warn({ err: outcome, notificationId: id }, 'mail failed; due again later');
    } else {
      const ids = done[outcome] ?? [];
      ids.push(id);
      done[outcome] = ids;
    }
  }
  if (Object.keys(done).length > 0) services.logger.info({ outcomes: done }, 'mail sent');
  return settled;
}

export type MailOutbox = {
  /** Mails what is due within WAKE_COALESCE_MS: call it after a commit that wrote mail. */
  wake(): void;
  /** Stops polling and waits for the batch in flight (up to STOP_WAIT_MS). */
  stop(): Promise<void>;
};

export function startMailOutbox(
  services: MailServices,
  { pollMs = POLL_MS }: { pollMs?: number } = {},
): MailOutbox {
  let stopped = false;
  let wakeDue = false;
  /** Woken while a batch ran: look again before pausing. */
  let again = false;
  let paused: { timer: NodeJS.Timeout; resume: () => void } | null = null;

  /** Resolves after `ms`, or at once when woken or stopped. */
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const resume = () => {
        clearTimeout(timer);
        paused = null;
        resolve();
      };
      const timer = setTimeout(resume, ms).unref();
      paused = { timer, resume };
    });
  const proceed = () => {
    if (paused) paused.resume();
    else again = true;
  };

  async function loop() {
    while (!stopped) {
      again = false;
      try {
        // A batch settled in full means more may be due: go on at once.
        while (!stopped && (await sendDueMail(services)) === BATCH) {}
      } catch (error) {
        // The database is unreachable, say: the rows wait, and the next poll tries again.
        services.logger.error({ err: error }, 'mail outbox poll failed');
      }
      if (!stopped && !again) await pause(pollMs);
    }
  }
  const running = loop();

  return {
    wake() {
      if (wakeDue || stopped) return;
      wakeDue = true;
      setTimeout(() => {
        wakeDue = false;
        proceed();
      }, WAKE_COALESCE_MS).unref();
    },
    async stop() {
      stopped = true;
      proceed();
      const waited = new Promise<void>((resolve) => setTimeout(resolve, STOP_WAIT_MS).unref());
      await Promise.race([running, waited]);
    },
  };
}
