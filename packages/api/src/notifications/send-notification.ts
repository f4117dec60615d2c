// The 'send-notification' job: mails notification rows. A row already SENT (or being sent by
// another worker) is left alone, so a repeated job sends nothing more. With SMTP_URL the mail goes out through nodemailer with
// the row's Message-ID; without it (development) the row itself is the message, shown by the
// mailbox page at /mail. An SMTP failure is recorded on the row and is that job's failure, so
// pg-boss retries the job with backoff and nothing is lost.
import type { Database, Kysely, Notification } from '@offerdesk/db';
import type { ApiConfig } from '../config';
import { type Mailer, smtpMailer } from '../mail/smtp-mailer';

export type SendOutcome = 'sent' | 'already-sent' | 'mailbox' | 'skipped' | 'missing';

/** Mails one notification; an SMTP failure is thrown (after it is recorded on the row). */
export async function sendNotification(
  db: Kysely<Database>,
  config: Pick<ApiConfig, 'smtpUrl' | 'demoMailbox'>,
  notificationId: string,
): Promise<SendOutcome> {
  const outcome = (await sendNotifications(db, config, [notificationId])).get(notificationId);
  if (outcome instanceof Error) throw outcome;
  return outcome ?? 'missing';
}

/**
 * Mails each notification of a batch (one read for all of them). A failed SMTP send is that
 * row's outcome, an Error, so the other rows of the batch are not retried with it.
 */
export async function sendNotifications(
  db: Kysely<Database>,
  config: Pick<ApiConfig, 'smtpUrl' | 'demoMailbox'>,
  notificationIds: string[],
): Promise<Map<string, SendOutcome | Error>> {
  const outcomes = new Map<string, SendOutcome | Error>(
    notificationIds.map((id) => [id, 'missing']),
  );
  if (notificationIds.length === 0) return outcomes;
  const rows = await db
    .selectFrom('notifications')
    .selectAll()
    .where('id', 'in', notificationIds)
    .execute();
  const due: typeof rows = [];
  for (const row of rows) {
    if (row.email_status === 'SENT') outcomes.set(row.id, 'already-sent');
    else if (row.email_status === 'SKIPPED' || row.email_to.length === 0) {
      outcomes.set(row.id, 'skipped');
    } else due.push(row);
  }
  if (due.length === 0) return outcomes;

  if (!config.smtpUrl) {
    await markDone(
      db,
      due.map((row) => row.id),
      config.demoMailbox ? 'SENT' : 'SKIPPED',
    );
    for (const row of due) outcomes.set(row.id, config.demoMailbox ? 'mailbox' : 'skipped');
    return outcomes;
  }
  const mailer = smtpMailer(config.smtpUrl);
  // One at a time. A batch can outlast its jobs' expiry, and pg-boss then hands them to
  // another worker, so the batch's read is stale by the time of each send: each row is
  // claimed afresh just before it is sent (sendClaimed).
  for (const row of due) outcomes.set(row.id, await sendClaimed(db, mailer, row));
  return outcomes;
}

/**
 * Sends one row while holding its row lock, and marks it SENT in the same transaction, so two
 * workers never both send it. A row another worker holds (pg-boss handed an expired job on
 * while its first worker still sends) is this job's failure, not "already sent": the first
 * send may yet fail, and the retry then finds the row SENT or sends it. A crash between the
 * SMTP server's answer and the commit leaves the row PENDING: at most the mail in flight is
 * repeated.
 */
function sendClaimed(
  db: Kysely<Database>,
  mailer: Mailer,
  row: Notification,
): Promise<SendOutcome | Error> {
  return db.transaction().execute(async (tx) => {
    const claimed = await tx
      .selectFrom('notifications')
      .select('email_status')
      .where('id', '=', row.id)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!claimed) {
      const held = await tx
        .selectFrom('notifications')
        .select('id')
        .where('id', '=', row.id)
        .executeTakeFirst();
      return held ? new Error('Being sent by another worker') : 'missing';
    }
    if (claimed.email_status !== 'PENDING') return 'already-sent';
    try {
      await mailer.send({
        messageId: row.message_id,
        to: row.email_to,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
      });
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      await tx
        .updateTable('notifications')
        .set((eb) => ({
          email_attempts: eb('email_attempts', '+', 1),
          email_last_error: error.message.slice(0, 1000),
        }))
        .where('id', '=', row.id)
        .execute();
      return error;
    }
    // An account mail's link is a credential until used (a reset link sets the login's
    // password), and the database keeps only its hash: once the SMTP server has the mail, the
    // stored copy keeps the link without its token. (The development mailbox keeps it: that
    // is its purpose.)
    await markDone(tx, [row.id], 'SENT', row.audience === 'ACCOUNT' ? withoutLinkTokens(row) : {});
    return 'sent';
  });
}

const TOKEN_IN_LINK = /([?&]token=)[A-Za-z0-9_-]+/g;
const FORGOTTEN = '$1(removed once sent)';

function withoutLinkTokens(row: { body_text: string; body_html: string }) {
  return {
    body_text: row.body_text.replace(TOKEN_IN_LINK, FORGOTTEN),
    body_html: row.body_html.replace(TOKEN_IN_LINK, FORGOTTEN),
  };
}

async function markDone(
  db: Kysely<Database>,
  ids: string[],
  status: 'SENT' | 'SKIPPED',
  body: { body_text?: string; body_html?: string } = {},
) {
  await db
    .updateTable('notifications')
    .set((eb) => ({
      ...body,
      email_status: status,
      email_attempts: eb('email_attempts', '+', 1),
      emailed_at: status === 'SENT' ? new Date() : null,
      email_last_error: null,
    }))
    .where('id', 'in', ids)
    .where('email_status', '=', 'PENDING')
    .execute();
}
