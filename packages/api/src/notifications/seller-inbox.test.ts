// The seller console's notifications (issue 10, SPEC §10): the reseller hears of its offer's
// publication, acceptance, expiry reminder and cancellation in-app, with an unread count for
// the navigation; the ISV hears of the acceptance. Account mail (reset links, invitations)
// is mail only: it never shows in-app nor counts as unread.
import { describe, expect, it } from 'vitest';
import {
  acceptOffer,
  EXAMPLE_2,
  publishOfferDirectly,
  type TestSeller,
} from '../invoices/test-fixtures';
import { startTestApi } from '../testing';
import { enqueueNotifications, type NotificationEvent } from './enqueue-notifications';

const t = await startTestApi();
const { config } = t.api.services;

async function notify(event: NotificationEvent) {
  await t.handle.db.transaction().execute((tx) => enqueueNotifications(tx, event, { config }));
}

describe(`seller notifications (${t.handle.kind})`, () => {
  it('tells the reseller of each event of its offer, with the unread count', async () => {
    const offer = await publishOfferDirectly(t, {
      ...EXAMPLE_2,
      buyers: 2,
      expirationDate: '2099-06-30',
    });
    const [accepting, waiting] = offer.buyers as [TestSeller, TestSeller];
    const reseller = offer.reseller.client.trpc.notifications;
    await notify({ kind: 'offer.published', offerId: offer.offerId });
    await acceptOffer(t, offer, accepting);
    await notify({ kind: 'offer.expiring', offerId: offer.offerId });
    await notify({ kind: 'offer.cancelled', offerId: offer.offerId });

    const inbox = await reseller.list.query({});
    expect(inbox.items.map((n) => [n.event, n.link])).toEqual([
      ['offer.cancelled', `/seller/offers/${offer.offerId}`],
      ['offer.expiring', `/seller/offers/${offer.offerId}`],
      ['offer.accepted', `/seller/offers/${offer.offerId}`],
      ['offer.published', `/seller/offers/${offer.offerId}`],
    ]);
    expect(await reseller.unreadCount.query()).toEqual({ count: 4 });
    expect(inbox.unreadCount).toBe(4);

    const isv = offer.isv.client.trpc.notifications;
    expect((await isv.list.query({})).items.map((n) => n.event)).toEqual(['offer.accepted']);
    expect(await isv.unreadCount.query()).toEqual({ count: 1 });

    await reseller.markRead.mutate({ notificationIds: [inbox.items[0]?.id ?? ''] });
    expect(await reseller.unreadCount.query()).toEqual({ count: 3 });
    await reseller.markRead.mutate({ all: true });
    expect(await reseller.unreadCount.query()).toEqual({ count: 0 });
    // The buyers' notices are their own side's.
    expect(await waiting.client.trpc.notifications.unreadCount.query()).toEqual({ count: 0 });
    expect(await waiting.client.trpc.buyer.notifications.unreadCount.query()).toEqual({
      count: 3,
    });
  });

  it('keeps account mail out of the in-app lists and counts', async () => {
    const account = await t.newAccount();
    await account.client.trpc.account.users.invite.mutate({
      email: `colleague-${account.accountId}@test.example`,
      console: 'seller',
    });
    await account.client.trpc.auth.requestPasswordReset.mutate({
      email: account.email,
      console: 'seller',
    });
    const until = Date.now() + 15_000;
    const accountMail = () =>
      t.handle.db
        .selectFrom('notifications')
        .select('event')
        .where('recipient_account_id', '=', account.accountId)
        .execute();
    while ((await accountMail()).length < 2 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await accountMail()).map((r) => r.event).sort()).toEqual([
      'account.invitation',
      'account.password-reset',
    ]);
    const { trpc } = account.client;
    expect((await trpc.notifications.list.query({})).items).toEqual([]);
    expect((await trpc.buyer.notifications.list.query({})).items).toEqual([]);
    expect(await trpc.notifications.unreadCount.query()).toEqual({ count: 0 });
    expect(await trpc.buyer.notifications.unreadCount.query()).toEqual({ count: 0 });
  });
});
