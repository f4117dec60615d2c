// Account mail (password-reset links, invitations) goes out through the same outbox as the
// offer notices: a `notifications` row under the ACCOUNT audience (mail only, never listed
// in-app), written PENDING in the caller's transaction. So it gets the same durable queue
// (mail-outbox.ts), retries, stable Message-ID, SMTP mailer and development mailbox.
import type { Database, Kysely } from '@offerdesk/db';
import type { RenderedMessage } from '../mail/compose-message';
import { messageIdOf } from './enqueue-notifications';

export type AccountMail = {
  event: 'account.password-reset' | 'account.invitation';
  /** The reset's or invitation's ID: one mail per link. */
  linkId: string;
  accountId: string;
  to: string;
  message: RenderedMessage;
};

/** Queues the mail; call `jobs.wake('mail')` once the transaction commits. */
export async function enqueueAccountMail(tx: Kysely<Database>, mail: AccountMail): Promise<void> {
  const dedupeKey = `${mail.event}:${mail.linkId}`;
  await tx
    .insertInto('notifications')
    .values({
      dedupe_key: dedupeKey,
      message_id: messageIdOf(dedupeKey),
      event: mail.event,
      offer_id: null,
      recipient_account_id: mail.accountId,
      audience: 'ACCOUNT',
      subject: mail.message.subject,
      body_text: mail.message.text,
      body_html: mail.message.html,
      email_to: [mail.to],
      email_status: 'PENDING',
    })
    .execute();
}
