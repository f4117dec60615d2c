// Two batches holding the same rows, as when two workers' outboxes pick the same due rows:
// each mail goes out once (send-notification.ts claims each row just before sending it).
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE_2, publishOfferDirectly } from '../invoices/test-fixtures';
import { enqueueNotifications } from './enqueue-notifications';
import { startQuietMailApi, toMail } from './notification-test-kit';
import { sendNotifications } from './send-notification';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
const t = await startQuietMailApi({ smtpUrl: smtp.url, publicUrl: 'http://offerdesk.test' });
const db = t.handle.db;
const config = t.api.services.config;

/** The mails the SMTP server received for these notifications. */
async function mailsOf(ids: string[]) {
  const rows = await db
    .selectFrom('notifications')
    .select('message_id')
    .where('id', 'in', ids)
    .execute();
  return smtp.received.filter((m) => rows.some((r) => r.message_id === m.messageId));
}

describe(`mail batches (${t.handle.kind})`, () => {
  it('mails each row once when two batches hold the same rows', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 2 });
    const { notificationIds } = await db
      .transaction()
      .execute((tx) =>
        enqueueNotifications(tx, { kind: 'offer.published', offerId: offer.offerId }, { config }),
      );
    const [first = '', second = ''] = await toMail(db, notificationIds);
    // A batch where one row was already sent mails only the other.
    const sentAlready = await sendNotifications(db, config, [first]);
    expect(sentAlready.get(first)).toBe('sent');
    const batch = await sendNotifications(db, config, [first, second]);
    expect([batch.get(first), batch.get(second)]).toEqual(['already-sent', 'sent']);
    expect(await mailsOf([first, second])).toHaveLength(2);

    const more = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 2 });
    const again = await db
      .transaction()
      .execute((tx) =>
        enqueueNotifications(tx, { kind: 'offer.published', offerId: more.offerId }, { config }),
      );
    const ids = await toMail(db, again.notificationIds);
    await Promise.all([sendNotifications(db, config, ids), sendNotifications(db, config, ids)]);
    expect(await mailsOf(ids)).toHaveLength(ids.length);
  });
});
