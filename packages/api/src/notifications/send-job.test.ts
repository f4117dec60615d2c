// The send job: an event's mails travel in one job on the real queue (pg-boss in the test
// database); the handler still mails a job queued before that (one `notificationId`), fails
// a job for the mail the SMTP server refused and for a row another worker holds, and its
// retry sends only what is still unsent.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptOffer, EXAMPLE_2, publishOfferDirectly } from '../invoices/test-fixtures';
import type { JobAttempt } from '../jobs/job-handlers';
import { startTestApi } from '../testing';
import { enqueueNotifications, SEND_NOTIFICATION_JOB } from './enqueue-notifications';
import { rowsOf } from './notification-test-kit';
import { runSendNotificationJobs } from './send-notification-job';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
const t = await startTestApi({ smtpUrl: smtp.url, publicUrl: 'http://offerdesk.test' });
const db = t.handle.db;
const services = t.api.services;

/** The data of every send job that names one of `ids`, whatever its state. */
async function sendJobsFor(ids: string[]) {
  const { rows } = await sql<{ data: { notificationIds?: string[] } }>`
    SELECT data FROM pgboss.job WHERE name = ${SEND_NOTIFICATION_JOB}`.execute(db);
  return rows
    .map((row) => row.data.notificationIds ?? [])
    .filter((named) => named.some((id) => ids.includes(id)));
}

/** The offer's notices of `event` that go out by mail. */
async function mailedNotices(offerId: string, event: string) {
  const rows = await rowsOf(db, offerId);
  return rows.filter((row) => row.event === event && row.email_to.length > 0);
}

const attempt = (data: unknown, retryCount = 0): JobAttempt => ({
  id: crypto.randomUUID(),
  data,
  retryCount,
  retryLimit: 8,
});

describe(`send-notification jobs (${t.handle.kind})`, () => {
  it("queues one job for an acceptance's two seller mails", async () => {
    const offer = await publishOfferDirectly(t, EXAMPLE_2);
    const [buyer] = offer.buyers;
    if (!buyer) throw new Error('no buyer');
    await acceptOffer(t, offer, buyer);
    const notices = await mailedNotices(offer.offerId, 'offer.accepted');
    expect(notices.map((n) => n.recipient_account_id).sort()).toEqual(
      [offer.reseller.accountId, offer.isv.accountId].sort(),
    );
    const ids = notices.map((n) => n.id);
    const jobs = await sendJobsFor(ids);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.sort()).toEqual(ids.sort());
  });

  it('queues one job for a published offer mailed to two buyers', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 2 });
    await db
      .transaction()
      .execute((tx) =>
        enqueueNotifications(tx, { kind: 'offer.published', offerId: offer.offerId }, services),
      );
    const ids = (await mailedNotices(offer.offerId, 'offer.published')).map((n) => n.id);
    expect(ids).toHaveLength(2);
    const jobs = await sendJobsFor(ids);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.sort()).toEqual(ids.sort());
  });

  /** The offer's published notices, written without a job (the test queues its own). */
  async function unqueuedNotices(buyers: number) {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers });
    const noQueue = { send: async () => {}, wake: () => {} };
    await db
      .transaction()
      .execute((tx) =>
        enqueueNotifications(
          tx,
          { kind: 'offer.published', offerId: offer.offerId },
          { ...services, jobs: noQueue },
        ),
      );
    return mailedNotices(offer.offerId, 'offer.published');
  }

  const received = (messageId: string | undefined) =>
    smtp.received.filter((mail) => mail.messageId === messageId);

  it('mails a job queued with a single notificationId, as jobs were before', async () => {
    const [notice] = await unqueuedNotices(1);
    const old = attempt({ notificationId: notice?.id });
    expect(await runSendNotificationJobs(services, [old])).toEqual([
      { id: old.id, status: 'completed' },
    ]);
    expect(received(notice?.message_id)).toHaveLength(1);
  });

  it('fails a job for the mail the SMTP server refused, and its retry mails only that one', async () => {
    const [kept, refused] = await unqueuedNotices(2);
    smtp.refuse(refused?.email_to[0] ?? null);
    const job = attempt({ notificationIds: [kept?.id, refused?.id] });
    try {
      const [outcome] = await runSendNotificationJobs(services, [job]);
      expect(outcome?.status).toBe('failed');
      expect([received(kept?.message_id).length, received(refused?.message_id).length]).toEqual([
        1, 0,
      ]);
    } finally {
      smtp.refuse(null);
    }
    const [retried] = await runSendNotificationJobs(services, [attempt(job.data, 1)]);
    expect(retried?.status).toBe('completed');
    expect([received(kept?.message_id).length, received(refused?.message_id).length]).toEqual([
      1, 1,
    ]);
  });

  // PostgreSQL only: the other worker is a second connection holding the row's lock, and
  // PGlite has one connection.
  it.runIf(t.handle.kind === 'postgres')(
    'fails a job for a row another worker holds, and its retry mails it once',
    async () => {
      const [notice] = await unqueuedNotices(1);
      const job = attempt({ notificationIds: [notice?.id] });
      const [whileHeld] = await db.transaction().execute(async (tx) => {
        await tx
          .selectFrom('notifications')
          .select('id')
          .where('id', '=', notice?.id ?? '')
          .forUpdate()
          .execute();
        return runSendNotificationJobs(services, [job]);
      });
      expect(whileHeld?.status).toBe('failed');
      expect(received(notice?.message_id)).toHaveLength(0);
      const [retried] = await runSendNotificationJobs(services, [attempt(job.data, 1)]);
      expect(retried?.status).toBe('completed');
      expect(received(notice?.message_id)).toHaveLength(1);
    },
  );
});
