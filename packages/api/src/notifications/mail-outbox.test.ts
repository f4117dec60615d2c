// The mail outbox: the notifications rows are the queue. An event's mail is written PENDING
// and due in the event's transaction, with no job; the outbox mails what is due, puts a mail
// the SMTP server refused off with growing delays while the others go, leaves a row another
// worker holds to it, and, woken after a commit, mails within moments.
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptOffer, EXAMPLE_2, publishOfferDirectly } from '../invoices/test-fixtures';
import { enqueueNotifications } from './enqueue-notifications';
import { sendDueMail, startMailOutbox } from './mail-outbox';
import { rowsOf, startQuietMailApi, waitFor } from './notification-test-kit';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
const t = await startQuietMailApi({ smtpUrl: smtp.url, publicUrl: 'http://offerdesk.test' });
const db = t.handle.db;
const services = t.api.services;

/** The offer's notices of `event` that go out by mail. */
async function mailedNotices(offerId: string, event: string) {
  const rows = await rowsOf(db, offerId);
  return rows.filter((row) => row.event === event && row.email_to.length > 0);
}

async function publishedNotices(buyers: number) {
  const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers });
  await db
    .transaction()
    .execute((tx) =>
      enqueueNotifications(tx, { kind: 'offer.published', offerId: offer.offerId }, services),
    );
  return mailedNotices(offer.offerId, 'offer.published');
}

const received = (messageId: string | undefined) =>
  smtp.received.filter((mail) => mail.messageId === messageId);

/** Seconds from now until the row is due again. */
async function dueInSeconds(id: string | undefined) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => [
      sql<number>`extract(epoch from email_due_at - now())`.as('seconds'),
      eb.ref('email_attempts').as('attempts'),
      eb.ref('email_status').as('status'),
    ])
    .where('id', '=', id ?? '')
    .executeTakeFirstOrThrow();
  return { ...row, seconds: Number(row.seconds) };
}

async function makeDue(ids: (string | undefined)[]) {
  await db
    .updateTable('notifications')
    .set({ email_due_at: sql`now()` })
    .where(
      'id',
      'in',
      ids.map((id) => id ?? ''),
    )
    .execute();
}

describe(`mail outbox (${t.handle.kind})`, () => {
  it("writes an acceptance's two seller mails due at once, with no job, and mails them", async () => {
    const offer = await publishOfferDirectly(t, EXAMPLE_2);
    const [buyer] = offer.buyers;
    if (!buyer) throw new Error('no buyer');
    await acceptOffer(t, offer, buyer);
    const notices = await mailedNotices(offer.offerId, 'offer.accepted');
    expect(notices.map((n) => n.recipient_account_id).sort()).toEqual(
      [offer.reseller.accountId, offer.isv.accountId].sort(),
    );
    for (const notice of notices) {
      expect(notice.email_status).toBe('PENDING');
      expect((await dueInSeconds(notice.id)).seconds).toBeLessThanOrEqual(0);
    }
    const jobs = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM pgboss.job WHERE data::text LIKE ${`%${notices[0]?.id}%`}`.execute(
      db,
    );
    expect(jobs.rows[0]?.n).toBe(0);

    expect(await sendDueMail(services)).toBeGreaterThanOrEqual(2);
    for (const notice of notices) expect(received(notice.message_id)).toHaveLength(1);
    expect(await sendDueMail(services)).toBe(0);
  });

  it('mails the others and puts a refused mail off, 5 s then 10 s, until it goes', async () => {
    const [kept, refused] = await publishedNotices(2);
    smtp.refuse(refused?.email_to[0] ?? null);
    try {
      await sendDueMail(services);
      expect([received(kept?.message_id).length, received(refused?.message_id).length]).toEqual([
        1, 0,
      ]);
      const first = await dueInSeconds(refused?.id);
      expect(first).toMatchObject({ attempts: 1, status: 'PENDING' });
      expect(first.seconds).toBeGreaterThan(3);
      expect(first.seconds).toBeLessThanOrEqual(5);
      // Not due: left alone.
      await sendDueMail(services);
      expect((await dueInSeconds(refused?.id)).attempts).toBe(1);

      await makeDue([refused?.id]);
      await sendDueMail(services);
      const second = await dueInSeconds(refused?.id);
      expect(second.attempts).toBe(2);
      expect(second.seconds).toBeGreaterThan(8);
      expect(second.seconds).toBeLessThanOrEqual(10);
    } finally {
      smtp.refuse(null);
    }
    await makeDue([refused?.id]);
    await sendDueMail(services);
    expect(await dueInSeconds(refused?.id)).toMatchObject({ attempts: 3, status: 'SENT' });
    expect([received(kept?.message_id).length, received(refused?.message_id).length]).toEqual([
      1, 1,
    ]);
  });

  it('puts a mail that keeps failing off by at most 10 minutes, however many tries it has had', async () => {
    const [refused] = await publishedNotices(1);
    await db
      .updateTable('notifications')
      .set({ email_attempts: 5_000 })
      .where('id', '=', refused?.id ?? '')
      .execute();
    smtp.refuse(refused?.email_to[0] ?? null);
    try {
      await sendDueMail(services);
    } finally {
      smtp.refuse(null);
    }
    const after = await dueInSeconds(refused?.id);
    expect(after).toMatchObject({ attempts: 5_001, status: 'PENDING' });
    expect(after.seconds).toBeGreaterThan(590);
    expect(after.seconds).toBeLessThanOrEqual(600);
  });

  // PostgreSQL only: the other worker is a second connection holding the row's lock, and
  // PGlite has one connection.
  it.runIf(t.handle.kind === 'postgres')(
    'leaves a row another worker holds to it, and mails it once when it is free',
    async () => {
      const [notice] = await publishedNotices(1);
      const settled = await db.transaction().execute(async (tx) => {
        await tx
          .selectFrom('notifications')
          .select('id')
          .where('id', '=', notice?.id ?? '')
          .forUpdate()
          .execute();
        return sendDueMail(services);
      });
      expect(settled).toBe(0);
      expect(received(notice?.message_id)).toHaveLength(0);
      expect(await dueInSeconds(notice?.id)).toMatchObject({ attempts: 0, status: 'PENDING' });
      await sendDueMail(services);
      expect(received(notice?.message_id)).toHaveLength(1);
    },
  );

  it('mails within moments when woken, and stops once its batch is done', async () => {
    // Polling once a minute: only the wake can mail these within waitFor's time.
    const outbox = startMailOutbox(services, { pollMs: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 200)); // its first look, at start

    try {
      const notices = await publishedNotices(2);
      outbox.wake();
      await waitFor(() => notices.every((notice) => received(notice.message_id).length === 1));
    } finally {
      await outbox.stop();
    }
    const [late] = await publishedNotices(1);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(received(late?.message_id)).toHaveLength(0);
  });
});
