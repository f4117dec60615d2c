// The whole path through the real worker: extend → the publish job writes the buyers' mail in
// its transaction → the mail outbox sends it; an SMTP outage is ridden out by the outbox's
// retries with backoff; cancel mails the buyers again. One Message-ID per (event, recipient).
import { formatUsd } from '@offerdesk/core';
import { afterAll, describe, expect, it } from 'vitest';
import { createCompleteDraft, setUpResale, waitForStatus } from '../offers/offer-test-kit';
import { startTestApi } from '../testing';
import { waitFor } from './notification-test-kit';
import { startSmtpServer } from './test-smtp-server';

const smtp = await startSmtpServer();
afterAll(() => smtp.stop());
// A database of its own on PostgreSQL too: no other suite's worker (without SMTP) may publish
// its offers or mail its rows.
const t = await startTestApi(
  { smtpUrl: smtp.url, publicUrl: 'https://offers.example' },
  { isolatedDatabase: true },
);

// The outbox retries with backoff (5 s, then 10 s, …) after the outage.
const RETRIES_MS = 45_000;

describe(`mail through the worker (${t.handle.kind})`, () => {
  it('delivers every published and cancelled mail once SMTP is back, one Message-ID each', async () => {
    const resale = await setUpResale(t, { buyerCount: 3 });
    const offerId = await createCompleteDraft(resale);
    const emails = resale.buyers.map((b) => b.email);
    const mailFor = (email: string, subject: string) =>
      smtp.received.filter((m) => m.envelopeTo.includes(email) && m.subject.startsWith(subject));

    await smtp.stop();
    await resale.trpc.offers.extend.mutate({ offerId });
    const offer = await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    const rows = () =>
      t.handle.db
        .selectFrom('notifications')
        .selectAll()
        .where('offer_id', '=', offerId)
        .where('audience', '=', 'BUYER')
        .execute();
    // Every first attempt failed against the closed port, and is recorded.
    await waitFor(
      async () => (await rows()).filter((r) => r.email_attempts >= 1).length === 3,
      'the first attempts',
      RETRIES_MS,
    );
    expect((await rows()).every((r) => r.email_status === 'PENDING' && r.email_last_error)).toBe(
      true,
    );

    await smtp.start();
    await waitFor(
      () => emails.every((e) => mailFor(e, 'Private offer for you').length > 0),
      'the published mail',
      RETRIES_MS,
    );
    const published = emails.map((e) => mailFor(e, 'Private offer for you'));
    expect(published.map((m) => m.length)).toEqual([1, 1, 1]);
    // A row is marked SENT in the transaction that holds it while the SMTP server accepts the
    // mail, so it commits a moment after the mail arrives: wait for that commit.
    await waitFor(
      async () => (await rows()).every((r) => r.email_status !== 'PENDING'),
      'the rows marked',
      RETRIES_MS,
    );
    const sent = await rows();
    expect(sent.every((r) => r.email_status === 'SENT' && r.email_attempts >= 2)).toBe(true);
    const ids = published.map((m) => m[0]?.messageId);
    expect(new Set(ids).size).toBe(3);
    expect([...ids].sort()).toEqual(sent.map((r) => r.message_id).sort());
    const first = published[0]?.[0];
    expect(first?.text).toContain(formatUsd(offer.totals?.buyerCents ?? -1));
    expect(first?.text).toContain(`https://offers.example/buyer/offers/${offerId}`);
    expect(first?.text).toContain('23:59:59 UTC');

    await resale.trpc.offers.cancel.mutate({ offerId });
    await waitFor(
      () => emails.every((e) => mailFor(e, 'Private offer cancelled').length > 0),
      'the cancelled mail',
      RETRIES_MS,
    );
    const cancelled = emails.flatMap((e) => mailFor(e, 'Private offer cancelled'));
    expect(cancelled).toHaveLength(3);
    const allIds = [...ids, ...cancelled.map((m) => m.messageId)];
    expect(new Set(allIds).size).toBe(6);
    // The reseller was told in-app, never by mail.
    const inbox = await resale.trpc.notifications.list.query({});
    expect(inbox.items.map((n) => n.event)).toEqual(['offer.cancelled', 'offer.published']);
    expect(smtp.received.some((m) => m.envelopeTo.includes(resale.reseller.email))).toBe(false);
  }, 90_000);
});
