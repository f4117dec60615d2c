// Notifications after publication (SPEC §10): the sellers' mail when a buyer accepts, the
// cancellation mail, the expiry reminders, each side's in-app list; every agreement made here
// reconciles with its invoices.
import { describe, expect, it } from 'vitest';
import { reconcileLedger } from '../invoices/reconcile';
import {
  acceptOffer,
  EXAMPLE_2,
  type PublishedOffer,
  publishOfferDirectly,
  type TestSeller,
} from '../invoices/test-fixtures';
import { enqueueExpiryReminders, OFFERS_PER_GROUP } from './expiry-reminders';
import { linkIn, PUBLIC_URL, startNotificationSuite } from './notification-test-kit';

const { t, db, config, notify, sendMail, sendDue, mailTo } = await startNotificationSuite();

describe(`notifications (${t.handle.kind})`, () => {
  it('tells the reseller everything and the ISV only its own amounts when a buyer accepts', async () => {
    const offer = await publishOfferDirectly(t, { ...EXAMPLE_2 });
    const buyer = offer.buyers[0] as TestSeller;
    // Acceptance writes the sellers' notices in its transaction; the outbox mails them.
    const agreement = await acceptOffer(t, offer, buyer);
    await sendDue();
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
    await sendMail(notificationIds);
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
    const services = { config };
    const remind = async (now: string) => {
      await enqueueExpiryReminders(db, services, new Date(now));
      await sendDue();
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

  it('reminds a backlog over the following ticks, each offer once', async () => {
    // A date no other test uses: the tick looks at every offer in the database.
    const publish = () =>
      publishOfferDirectly(t, {
        ...EXAMPLE_2,
        expirationDate: '2033-03-10',
        publishedAt: new Date('2033-02-01T10:00:00Z'),
      });
    const offers = [await publish(), await publish()];
    const services = { config };
    const tick = async () => {
      await enqueueExpiryReminders(db, services, new Date('2033-03-08T00:05:00Z'), 1);
      await sendDue();
    };
    const reminded = () =>
      offers.map((offer) => mailTo((offer.buyers[0] as TestSeller).email).length);
    await tick();
    expect(reminded().sort()).toEqual([0, 1]);
    await tick();
    expect(reminded()).toEqual([1, 1]);
    await tick();
    expect(reminded()).toEqual([1, 1]);
  });

  it('passes over offers every buyer has accepted, so they never hold up the ones behind', async () => {
    // Dates no other test uses. The accepted offer expires first, so it sorts first.
    const done = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      expirationDate: '2034-04-09',
      publishedAt: new Date('2034-03-01T10:00:00Z'),
    });
    const waiting = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      expirationDate: '2034-04-10',
      publishedAt: new Date('2034-03-01T10:00:00Z'),
    });
    await acceptOffer(t, done, done.buyers[0] as TestSeller, '2034-03-02T10:00:00Z');
    const tick = () => enqueueExpiryReminders(db, { config }, new Date('2034-04-08T00:05:00Z'), 1);
    // One offer a tick: the first reminds the buyer still waiting, the next finds nothing.
    expect(await tick()).toBe(2);
    expect(await tick()).toBe(0);
    await sendDue();
    expect(mailTo((waiting.buyers[0] as TestSeller).email)).toHaveLength(1);
    expect(mailTo((done.buyers[0] as TestSeller).email)).toEqual([]);
    const inbox = await done.reseller.client.trpc.notifications.list.query({});
    expect(inbox.items.map((n) => n.event)).not.toContain('offer.expiring');
  });

  it('reminds several offers in one tick, each buyer of its own offer and price', async () => {
    const publish = (offerName: string, markupPpm: number) =>
      publishOfferDirectly(t, {
        ...EXAMPLE_2,
        offerName,
        pricing: { mode: 'MARKUP', markupPpm },
        buyers: 2,
        expirationDate: '2035-07-10',
        publishedAt: new Date('2035-06-01T10:00:00Z'),
      });
    const first = await publish('Batch reminder A', 72_500);
    const second = await publish('Batch reminder B', 0);
    const [accepted, pending] = first.buyers as [TestSeller, TestSeller];
    await acceptOffer(t, first, accepted, '2035-06-02T10:00:00Z');
    // The buyer that accepted the first offer is targeted by the second too, and has not
    // accepted that one.
    await db
      .insertInto('offer_buyers')
      .values({ offer_id: second.offerId, buyer_account_id: accepted.accountId, position: 2 })
      .execute();
    // The pending buyer of the first offer, all three of the second, one notice per reseller.
    expect(await enqueueExpiryReminders(db, { config }, new Date('2035-07-08T00:05:00Z'))).toBe(6);
    await sendDue();
    const [toPending, ...more] = mailTo(pending.email);
    expect(more).toEqual([]);
    expect(toPending?.subject).toContain('Batch reminder A');
    expect(toPending?.text).toContain('$28,094.09');
    expect(linkIn(toPending?.text ?? '')).toBe(`${PUBLIC_URL}/buyer/offers/${first.offerId}`);
    for (const buyer of [...second.buyers, accepted]) {
      const [mail, ...others] = mailTo(buyer.email);
      expect(others).toEqual([]);
      expect(mail?.subject).toContain('Batch reminder B');
      expect(mail?.text).not.toContain('$28,094.09');
      expect(linkIn(mail?.text ?? '')).toBe(`${PUBLIC_URL}/buyer/offers/${second.offerId}`);
    }
    const inbox = await second.reseller.client.trpc.notifications.list.query({});
    expect(inbox.items[0]?.subject).toBe('Offer expires July 10, 2035: Batch reminder B');
  });

  it('reminds every offer of a tick larger than a group, each once', async () => {
    const offers: PublishedOffer[] = [];
    for (let i = 0; i < OFFERS_PER_GROUP + 2; i++) {
      offers.push(
        await publishOfferDirectly(t, {
          ...EXAMPLE_2,
          expirationDate: '2036-02-10',
          publishedAt: new Date('2036-01-01T10:00:00Z'),
        }),
      );
    }
    const tick = () => enqueueExpiryReminders(db, { config }, new Date('2036-02-08T00:05:00Z'));
    // A buyer and a reseller notice per offer.
    expect(await tick()).toBe(2 * offers.length);
    expect(await tick()).toBe(0);
    await sendDue();
    for (const offer of offers) {
      const [mail, ...more] = mailTo((offer.buyers[0] as TestSeller).email);
      expect(more).toEqual([]);
      expect(linkIn(mail?.text ?? '')).toBe(`${PUBLIC_URL}/buyer/offers/${offer.offerId}`);
    }
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

  it('reconciles every agreement of this suite', async () => {
    const result = await reconcileLedger(t.handle.db, t.api.services.config.listingFeePpm);
    expect(result.agreements).toBeGreaterThan(0);
    expect(result.problems).toEqual([]);
  });
});
