// Notifications end to end (SPEC §10): rows and send jobs made in the event's transaction,
// mail delivered to a real SMTP server started here, one Message-ID per (event, recipient),
// each audience's template, the in-app lists, and the development mailbox.
import type { Database, Kysely } from '@offerdesk/db';
import { afterAll, describe, expect, it } from 'vitest';
import { reconcileLedger } from '../invoices/reconcile';
import {
  acceptOffer,
  EXAMPLE_2,
  publishOfferDirectly,
  type TestSeller,
} from '../invoices/test-fixtures';
import type { JobQueue } from '../jobs/queue';
import { startTestApi } from '../testing';
import { enqueueNotifications, type NotificationEvent } from './enqueue-notifications';
import { enqueueExpiryReminders } from './expiry-reminders';
import { sendNotification } from './send-notification';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
const PUBLIC_URL = 'http://offerdesk.test';
const t = await startTestApi({ smtpUrl: smtp.url, publicUrl: PUBLIC_URL });
const db = t.handle.db;
const config = t.api.services.config;

/** The send jobs asked for, kept here so each test runs them when it chooses. */
const sentJobs: string[] = [];
const recordingJobs: JobQueue = {
  send: async (_db, name, data) => {
    if (name === 'send-notification') sentJobs.push(String(data.notificationId));
  },
  sendBatch: async (db, name, jobs) => {
    for (const job of jobs) await recordingJobs.send(db, name, job.data);
  },
  wake: () => {},
};

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

async function waitFor(done: () => boolean, timeoutMs = 15_000) {
  const until = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > until) throw new Error('timed out waiting for mail');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function linkIn(text: string): string {
  const match = /http:\/\/offerdesk\.test\/[^\s]+/.exec(text);
  return match?.[0] ?? '';
}

async function rowsOf(db: Kysely<Database>, offerId: string) {
  return db.selectFrom('notifications').selectAll().where('offer_id', '=', offerId).execute();
}

describe(`notifications (${t.handle.kind})`, () => {
  it('mails each targeted buyer the published offer with a link that opens it', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      buyers: 2,
      expirationDate: '2099-06-30',
    });
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    // Two buyers (mail + in-app) and the reseller (in-app only): one send job per mail.
    expect(notificationIds).toHaveLength(3);
    const jobs = sentJobs.filter((id) => notificationIds.includes(id));
    expect(jobs).toHaveLength(2);
    await runSendJobs(jobs);

    for (const buyer of offer.buyers) {
      const [mail, ...more] = mailTo(buyer.email);
      expect(more).toEqual([]);
      expect(mail?.subject).toBe(`Private offer for you: ${offer.offerName}`);
      expect(mail?.text).toContain(offer.productName);
      expect(mail?.text).toContain(offer.reseller.name);
      expect(mail?.text).toContain('$28,094.09');
      expect(mail?.text).toContain('June 30, 2099 at 23:59:59 UTC');
      expect(mail?.html).toContain('$28,094.09');
      const link = linkIn(mail?.text ?? '');
      expect(link).toBe(`${PUBLIC_URL}/buyer/offers/${offer.offerId}`);
      expect(mail?.html).toContain(`href="${link}"`);
      // The link opens the offer for this buyer.
      const offerId = new URL(link).pathname.split('/').at(-1) ?? '';
      const shown = await buyer.client.trpc.buyer.offers.get.query({ offerId });
      expect(shown).toMatchObject({ offerId: offer.offerId, totalCents: 2_809_409 });
    }
    // The reseller's notice is in-app only.
    expect(mailTo(offer.reseller.email)).toEqual([]);
    const sellerInbox = await offer.reseller.client.trpc.notifications.list.query({});
    expect(sellerInbox.unreadCount).toBe(1);
    expect(sellerInbox.items[0]?.subject).toBe(`Offer published: ${offer.offerName}`);
    expect(sellerInbox.items[0]?.link).toBe(`/seller/offers/${offer.offerId}`);
  });

  it('sends a job run twice once, and a repeated event adds nothing', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    const jobs = sentJobs.filter((id) => notificationIds.includes(id));
    expect(await sendNotification(db, config, jobs[0] ?? '')).toBe('sent');
    expect(await sendNotification(db, config, jobs[0] ?? '')).toBe('already-sent');
    expect(mailTo(buyer.email)).toHaveLength(1);
    const again = await notify({ kind: 'offer.published', offerId: offer.offerId });
    expect(again.notificationIds).toEqual([]);
    expect(await rowsOf(db, offer.offerId)).toHaveLength(2);
  });

  it('delivers every message after an SMTP outage, one Message-ID per (event, recipient)', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 3 });
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    const jobs = sentJobs.filter((id) => notificationIds.includes(id));
    expect(jobs).toHaveLength(3);

    await smtp.stop();
    for (const id of jobs) await expect(sendNotification(db, config, id)).rejects.toThrow();
    const failed = (await rowsOf(db, offer.offerId)).filter((r) => r.audience === 'BUYER');
    expect(failed.map((r) => [r.email_status, r.email_attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(failed.every((r) => (r.email_last_error ?? '').length > 0)).toBe(true);
    await smtp.start();

    // The retries (pg-boss runs them with backoff) deliver every one.
    await runSendJobs(jobs);
    const rows = (await rowsOf(db, offer.offerId)).filter((r) => r.audience === 'BUYER');
    expect(rows.every((r) => r.email_status === 'SENT' && r.email_attempts === 2)).toBe(true);
    const delivered = offer.buyers.flatMap((b) => mailTo(b.email));
    expect(delivered).toHaveLength(3);
    expect(new Set(delivered.map((m) => m.messageId)).size).toBe(3);
    expect(delivered.map((m) => m.messageId).sort()).toEqual(rows.map((r) => r.message_id).sort());
    expect(rows[0]?.message_id).toMatch(/^<[0-9a-f]{40}@offerdesk>$/);

    // A crash after the SMTP server accepted, before the row said SENT: the retry repeats the
    // same message, recognisably.
    const first = rows[0];
    await db
      .updateTable('notifications')
      .set({ email_status: 'PENDING' })
      .where('id', '=', first?.id ?? '')
      .execute();
    await sendNotification(db, config, first?.id ?? '');
    const repeats = smtp.received.filter((m) => m.messageId === first?.message_id);
    expect(repeats).toHaveLength(2);
    expect(repeats[1]?.text).toBe(repeats[0]?.text);
  });

  it('tells the reseller everything and the ISV only its own amounts when a buyer accepts', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    // Acceptance queues the sellers' notices in its transaction; the worker mails them.
    const agreement = await acceptOffer(t, offer, buyer);
    await waitFor(
      () => mailTo(offer.reseller.email).length > 0 && mailTo(offer.isv.email).length > 0,
    );
    // The event again adds nothing: one row per (event, recipient).
    const { notificationIds } = await notify({ kind: 'offer.accepted', agreementId: agreement.id });
    expect(notificationIds).toEqual([]);

    const [toReseller, ...moreToReseller] = mailTo(offer.reseller.email);
    expect(moreToReseller).toEqual([]);
    expect(toReseller?.subject).toBe(`Offer accepted by ${buyer.accountId}: ${offer.offerName}`);
    for (const amount of ['$28,094.09', '$26,194.97', '$1,899.12']) {
      expect(toReseller?.text).toContain(amount);
      expect(toReseller?.html).toContain(amount);
    }
    expect(linkIn(toReseller?.text ?? '')).toBe(`${PUBLIC_URL}/seller/offers/${offer.offerId}`);

    const [toIsv] = mailTo(offer.isv.email);
    expect(toIsv?.text).toContain('$26,194.97');
    expect(toIsv?.text).toContain(offer.reseller.name);
    expect(toIsv?.text).toContain(offer.productName);
    // Never the buyer price, the margin or the markup.
    for (const hidden of ['28,094.09', '1,899.12', '22,656.56', '1,812.51', '7.25']) {
      expect(toIsv?.text).not.toContain(hidden);
      expect(toIsv?.html).not.toContain(hidden);
      expect(toIsv?.subject).not.toContain(hidden);
    }
    const isvInbox = await offer.isv.client.trpc.notifications.list.query({});
    expect(isvInbox.items[0]?.link).toBe(`/seller/agreements/${agreement.id}`);
    // The buyer is not mailed about its own acceptance.
    expect(mailTo(buyer.email)).toEqual([]);
  });

  it('mails the cancellation to targeted buyers that have not accepted', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 2 });
    const [accepted, pending] = offer.buyers as [TestSeller, TestSeller];
    await acceptOffer(t, offer, accepted);
    const { notificationIds } = await notify({ kind: 'offer.cancelled', offerId: offer.offerId });
    await runSendJobs(sentJobs.filter((id) => notificationIds.includes(id)));
    expect(mailTo(accepted.email)).toEqual([]);
    const [mail] = mailTo(pending.email);
    expect(mail?.subject).toBe(`Private offer cancelled: ${offer.offerName}`);
    expect(linkIn(mail?.text ?? '')).toBe(`${PUBLIC_URL}/buyer/offers/${offer.offerId}`);
    const inbox = await offer.reseller.client.trpc.notifications.list.query({});
    expect(inbox.items.map((n) => n.event)).toContain('offer.cancelled');
  });

  it('reminds buyers that have not accepted 3 days before expiry, re-armed by a new date', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      buyers: 2,
      expirationDate: '2031-05-20',
      publishedAt: new Date('2031-05-01T10:00:00Z'),
    });
    const [accepted, pending] = offer.buyers as [TestSeller, TestSeller];
    await acceptOffer(t, offer, accepted, '2031-05-02T10:00:00Z');
    const services = { jobs: recordingJobs, config };
    const remind = async (now: string) => {
      const before = sentJobs.length;
      await enqueueExpiryReminders(db, services, new Date(now));
      await runSendJobs(sentJobs.slice(before));
    };
    // The last 72 hours begin at 00:00 UTC on 2031-05-18.
    await remind('2031-05-17T23:59:59Z');
    expect(mailTo(pending.email)).toEqual([]);
    await remind('2031-05-18T00:00:00Z');
    await remind('2031-05-18T00:01:00Z');
    const [mail, ...more] = mailTo(pending.email);
    expect(more).toEqual([]);
    expect(mail?.text).toContain('May 20, 2031 at 23:59:59 UTC');
    expect(mailTo(accepted.email)).toEqual([]);
    const inbox = await offer.reseller.client.trpc.notifications.list.query({});
    expect(inbox.items[0]?.subject).toBe(`Offer expires May 20, 2031: ${offer.offerName}`);

    // A new expiration date re-arms the reminder.
    await db
      .updateTable('offers')
      .set({ expiration_date: '2031-06-10' })
      .where('id', '=', offer.offerId)
      .execute();
    await remind('2031-05-19T00:00:00Z');
    expect(mailTo(pending.email)).toHaveLength(1);
    await remind('2031-06-08T00:00:00Z');
    expect(mailTo(pending.email)).toHaveLength(2);
    expect(mailTo(pending.email)[1]?.text).toContain('June 10, 2031 at 23:59:59 UTC');
    expect(new Set(mailTo(pending.email).map((m) => m.messageId)).size).toBe(2);
  });

  it('lists in-app notices per side with unread counts, and marks them read', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    await notify({ kind: 'offer.published', offerId: offer.offerId });
    await notify({ kind: 'offer.cancelled', offerId: offer.offerId });
    const inbox = await buyer.client.trpc.buyer.notifications.list.query({});
    expect(inbox.unreadCount).toBe(2);
    expect(inbox.items.map((n) => n.event)).toEqual(['offer.cancelled', 'offer.published']);
    expect(inbox.items[0]?.link).toBe(`/buyer/offers/${offer.offerId}`);
    // The buyer's notices are not the seller console's, and no one else's.
    expect((await buyer.client.trpc.notifications.list.query({})).items).toEqual([]);
    const other = await t.newAccount();
    const foreign = await other.client.trpc.buyer.notifications.markRead.mutate({
      notificationIds: [inbox.items[0]?.id ?? ''],
    });
    expect(foreign.unreadCount).toBe(0);
    expect((await buyer.client.trpc.buyer.notifications.list.query({})).unreadCount).toBe(2);

    const after = await buyer.client.trpc.buyer.notifications.markRead.mutate({
      notificationIds: [inbox.items[0]?.id ?? ''],
    });
    expect(after.unreadCount).toBe(1);
    const page = await buyer.client.trpc.buyer.notifications.list.query({ limit: 1 });
    expect(page.items).toHaveLength(1);
    const next = await buyer.client.trpc.buyer.notifications.list.query({
      limit: 1,
      cursor: page.nextCursor,
    });
    expect(next.items[0]?.event).toBe('offer.published');
    expect(next.nextCursor).toBeNull();
    expect(
      (await buyer.client.trpc.buyer.notifications.markRead.mutate({ all: true })).unreadCount,
    ).toBe(0);
  });

  it('escapes offer names in the HTML part', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      offerName: 'Q3 <script>alert("x")</script> & more',
    });
    const buyer = offer.buyers[0] as TestSeller;
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    await runSendJobs(sentJobs.filter((id) => notificationIds.includes(id)));
    const [mail] = mailTo(buyer.email);
    expect(mail?.subject).toBe('Private offer for you: Q3 <script>alert("x")</script> & more');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).toContain('Q3 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });

  it('reconciles every agreement of this suite', async () => {
    const result = await reconcileLedger(t.handle.db, t.api.services.config.listingFeePpm);
    expect(result.agreements).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  });
});
