// Mails notification rows (mail-outbox.ts picks the due ones). A row already SENT, or being
// sent by another worker, is left alone, so sending a row twice mails it once. With SMTP_URL
// the mail goes out through nodemailer with the row's Message-ID; without it (development)
// the row itself is the message, shown by the mailbox page at /mail. An SMTP failure is
// recorded on the row, which stays PENDING and falls due again later (backoff): nothing is
// lost, however long the SMTP server is down.
import type { Database, Kysely } from '@offerdesk/db';
import { sql } from 'kysely';
import type { ApiConfig } from '../config';
import { type Mailer, smtpMailer } from '../mail/smtp-mailer';

/** 'held': another worker holds the row (it is sending it now). */
export type SendOutcome = 'sent' | 'already-sent' | 'held' | 'mailbox' | 'skipped' | 'missing';

/** A failed row is due again 5 s after its first try, then 10, 20, … up to every 10 minutes. */
export const RETRY_DELAY_SECONDS = { first: 5, most: 600 };
/** Doublings until the delay reaches its most; more would only overflow (2^1024 is not a double). */
const RETRY_DOUBLINGS = Math.ceil(Math.log2(RETRY_DELAY_SECONDS.most / RETRY_DELAY_SECONDS.first));

const asError = (caught: unknown) => (caught instanceof Error ? caught : new Error(String(caught)));

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
 * row's outcome, an Error (recorded on the row), and the batch goes on with the next row.
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
  // Not the messages: the development mailbox needs none of them, and a send reads its own.
  const rows = await db
    .selectFrom('notifications')
    .select(['id', 'email_status', 'email_to'])
    .where('id', 'in', notificationIds)
    .execute();
  const due: typeof rows = [];
  const nobody: string[] = [];
  for (const row of rows) {
    if (row.email_status === 'SENT') outcomes.set(row.id, 'already-sent');
    else if (row.email_status === 'SKIPPED') outcomes.set(row.id, 'skipped');
    else if (row.email_to.length === 0) nobody.push(row.id);
    else due.push(row);
  }
  // A row to mail with no address would otherwise stay due for ever.
  if (nobody.length > 0) await markDone(db, nobody, 'SKIPPED');
  for (const id of nobody) outcomes.set(id, 'skipped');
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
  // One at a time. Another worker may pick the same due rows while this batch is being sent,
  // so the batch's read is stale by the time of each send: each row is claimed afresh just
  // before it is sent (sendClaimed).
  // A database error on one row is that row's outcome too: the rest of the batch still goes.
  for (const row of due) {
    outcomes.set(row.id, await sendClaimed(db, mailer, row.id).catch(asError));
  }
  return outcomes;
}

/**
 * Sends one row while holding its row lock, and marks it SENT in the same transaction, so two
 * workers never both send it. A row another worker holds is left to it: if its send fails, the
 * row stays PENDING and falls due again. A crash between the SMTP server's answer and the
 * commit leaves the row PENDING: at most the mail in flight is repeated.
 */
function sendClaimed(
  db: Kysely<Database>,
  mailer: Mailer,
  id: string,
): Promise<SendOutcome | Error> {
  return db.transaction().execute(async (tx) => {
    const row = await tx
      .selectFrom('notifications')
      .select([
        'id',
        'email_status',
        'audience',
        'message_id',
        'email_to',
        'subject',
        'body_text',
        'body_html',
      ])
      .where('id', '=', id)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) {
      const held = await tx
        .selectFrom('notifications')
        .select('id')
        .where('id', '=', id)
        .executeTakeFirst();
      return held ? 'held' : 'missing';
    }
    if (row.email_status !== 'PENDING') return 'already-sent';
    try {
      await mailer.send({
        messageId: row.message_id,
        to: row.email_to,
        subject: row.subject,
        text: row.body_text,
        html: row.body_html,
      });
    } catch (caught) {
      const error = asError(caught);
      await tx
        .updateTable('notifications')
        .set((eb) => ({
          email_attempts: eb('email_attempts', '+', 1),
          email_last_error: error.message.slice(0, 1000),
          // The attempts before this one: 0 on the first failure.
          email_due_at: sql<Date>`now() + least(${RETRY_DELAY_SECONDS.first} * power(2, least(email_attempts, ${RETRY_DOUBLINGS})), ${RETRY_DELAY_SECONDS.most}) * interval '1 second'`,
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
