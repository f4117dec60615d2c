// The 'send-notification' job: mails one notification row. A row already SENT is left alone,
// so a repeated job sends nothing more. With SMTP_URL the mail goes out through nodemailer with
// the row's Message-ID; without it (development) the row itself is the message, shown by the
// mailbox page at /mail. An SMTP failure is recorded on the row and rethrown, so pg-boss
// retries the job with backoff and nothing is lost.
import type { Database, Kysely } from '@offerdesk/db';
import type { ApiConfig } from '../config';
import { smtpMailer } from '../mail/smtp-mailer';

export type SendOutcome = 'sent' | 'already-sent' | 'mailbox' | 'skipped' | 'missing';

export async function sendNotification(
  db: Kysely<Database>,
  config: Pick<ApiConfig, 'smtpUrl' | 'demoMailbox'>,
  notificationId: string,
): Promise<SendOutcome> {
  const row = await db
    .selectFrom('notifications')
    .selectAll()
    .where('id', '=', notificationId)
    .executeTakeFirst();
  if (!row) return 'missing';
  if (row.email_status === 'SENT') return 'already-sent';
  if (row.email_status === 'SKIPPED' || row.email_to.length === 0) return 'skipped';

  if (!config.smtpUrl) {
    const outcome = config.demoMailbox ? 'mailbox' : 'skipped';
    await markDone(db, row.id, config.demoMailbox ? 'SENT' : 'SKIPPED');
    return outcome;
  }
  try {
    await smtpMailer(config.smtpUrl).send({
      messageId: row.message_id,
      to: row.email_to,
      subject: row.subject,
      text: row.body_text,
      html: row.body_html,
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await db
      .updateTable('notifications')
      .set((eb) => ({
        email_attempts: eb('email_attempts', '+', 1),
        email_last_error: message.slice(0, 1000),
      }))
      .where('id', '=', row.id)
      .execute();
    throw error;
  }
  // An account mail's link is a credential until used (a reset link sets the login's
  // password), and the database keeps only its hash: once the SMTP server has the mail, the
  // stored copy keeps the link without its token. (The development mailbox keeps it: that is
  // its purpose.)
  await markDone(db, row.id, 'SENT', row.audience === 'ACCOUNT' ? withoutLinkTokens(row) : {});
  return 'sent';
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
  id: string,
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
    .where('id', '=', id)
    .where('email_status', '=', 'PENDING')
    .execute();
}
