// The offer.published notice (SPEC §10): each targeted buyer's mail with a link that opens the
// offer, each mail sent once however often it is sent, delivery after an SMTP outage with
// one Message-ID per (event, recipient), escaped HTML; and the reseller's in-app notice.
import { describe, expect, it } from 'vitest';
import { EXAMPLE_2, publishOfferDirectly, type TestSeller } from '../invoices/test-fixtures';
import {
  linkIn,
  PUBLIC_URL,
  rowsOf,
  startNotificationSuite,
  toMail,
} from './notification-test-kit';
import { sendNotification } from './send-notification';

const { t, db, config, smtp, notify, sendMail, sendDue, mailTo } = await startNotificationSuite();

describe(`published-offer mail (${t.handle.kind})`, () => {
  it('mails each targeted buyer the published offer with a link that opens it', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      buyers: 2,
      expirationDate: '2099-06-30',
    });
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    // Two buyers (mail + in-app) and the reseller (in-app only): two mails to send.
    expect(notificationIds).toHaveLength(3);
    const mails = await toMail(db, notificationIds);
    expect(mails).toHaveLength(2);
    await sendMail(mails);

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

  it('sends a mail sent twice once, and a repeated event adds nothing', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    const [mail = ''] = await toMail(db, notificationIds);
    expect(await sendNotification(db, config, mail)).toBe('sent');
    expect(await sendNotification(db, config, mail)).toBe('already-sent');
    expect(mailTo(buyer.email)).toHaveLength(1);
    const again = await notify({ kind: 'offer.published', offerId: offer.offerId });
    expect(again.notificationIds).toEqual([]);
    expect(await rowsOf(db, offer.offerId)).toHaveLength(2);
  });

  it('delivers every message after an SMTP outage, one Message-ID per (event, recipient)', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2, buyers: 3 });
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    const mails = await toMail(db, notificationIds);
    expect(mails).toHaveLength(3);

    await smtp.stop();
    for (const id of mails) await expect(sendNotification(db, config, id)).rejects.toThrow();
    const failed = (await rowsOf(db, offer.offerId)).filter((r) => r.audience === 'BUYER');
    expect(failed.map((r) => [r.email_status, r.email_attempts])).toEqual([
      ['PENDING', 1],
      ['PENDING', 1],
      ['PENDING', 1],
    ]);
    expect(failed.every((r) => (r.email_last_error ?? '').length > 0)).toBe(true);
    // Each is due again 5 s after its failure (then 10, 20, … up to every 10 minutes).
    for (const row of failed) {
      expect(row.email_due_at.getTime()).toBeGreaterThan(Date.now() + 2_000);
      expect(row.email_due_at.getTime()).toBeLessThan(Date.now() + 6_000);
    }
    await smtp.start();

    // Not due yet: the outbox leaves them.
    await sendDue();
    expect(offer.buyers.flatMap((b) => mailTo(b.email))).toEqual([]);
    // Once due, the outbox's next look delivers every one.
    await db
      .updateTable('notifications')
      .set({ email_due_at: new Date() })
      .where('id', 'in', mails)
      .execute();
    await sendDue();
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

  it('escapes offer names in the HTML part', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      offerName: 'Q3 <script>alert("x")</script> & more',
    });
    const buyer = offer.buyers[0] as TestSeller;
    const { notificationIds } = await notify({ kind: 'offer.published', offerId: offer.offerId });
    await sendMail(notificationIds);
    const [mail] = mailTo(buyer.email);
    expect(mail?.subject).toBe('Private offer for you: Q3 <script>alert("x")</script> & more');
    expect(mail?.html).not.toContain('<script>');
    expect(mail?.html).toContain('Q3 &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more');
  });
});
