import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { createPublishedOffer } from '../testing/published-offer';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
const db = t.handle.db;

afterEach(() => t.setClock(null));

describe(`buyer.offers.list (${t.handle.kind})`, () => {
  it('splits offers into Available and Accepted & expired, with cancelled ones marked', async () => {
    const buyer = await t.newAccount();
    const someoneElse = await t.newAccount();
    const mine = [buyer.accountId];
    // Made in this order, so they list newest first: expired, cancelled, accepted, available.
    const available = await createPublishedOffer(db, {
      buyerAccountIds: mine,
      expirationDate: '2030-06-30',
    });
    const accepted = await createPublishedOffer(db, {
      buyerAccountIds: mine,
      expirationDate: '2030-06-30',
    });
    const cancelled = await createPublishedOffer(db, {
      buyerAccountIds: mine,
      expirationDate: '2030-06-30',
      status: 'CANCELLED',
    });
    const expired = await createPublishedOffer(db, {
      buyerAccountIds: mine,
      expirationDate: '2030-06-01',
    });
    await createPublishedOffer(db, { buyerAccountIds: mine, status: 'DRAFT' });
    await createPublishedOffer(db, { buyerAccountIds: [someoneElse.accountId] });

    t.setClock(fixedClock('2030-06-02T12:00:00.000Z'));
    const agreement = await buyer.client.trpc.buyer.offers.accept.mutate({
      offerId: accepted.offerId,
      eulaConsent: true,
      eulaSha256: accepted.combinedPdfSha256 ?? '',
    });
    const list = buyer.client.trpc.buyer.offers.list;

    const open = await list.query({ tab: 'available' });
    expect(open).toEqual({
      items: [
        {
          offerId: available.offerId,
          name: available.name,
          productName: available.productName,
          sellerOfRecord: available.reseller.name,
          publisher: available.isv.name,
          totalCents: 2_809_409,
          expirationDate: '2030-06-30',
          expiresAt: '2030-07-01T00:00:00.000Z',
          status: 'AVAILABLE',
          agreementId: null,
        },
      ],
      nextCursor: null,
    });
    const closed = await list.query({ tab: 'accepted_and_expired' });
    expect(closed.items.map((i) => [i.offerId, i.status, i.agreementId])).toEqual([
      [expired.offerId, 'EXPIRED', null],
      [cancelled.offerId, 'CANCELLED', null],
      [accepted.offerId, 'ACCEPTED', agreement.id],
    ]);

    // Past the available offer's expiry instant it moves over, and nothing is left to accept.
    t.setClock(fixedClock('2030-07-01T00:00:00.000Z'));
    expect((await list.query({ tab: 'available' })).items).toEqual([]);
    const later = await list.query({ tab: 'accepted_and_expired' });
    expect(later.items.map((i) => [i.offerId, i.status])).toEqual([
      [expired.offerId, 'EXPIRED'],
      [cancelled.offerId, 'CANCELLED'],
      [accepted.offerId, 'ACCEPTED'],
      [available.offerId, 'EXPIRED'],
    ]);

    // Keyset pages cover the same rows once each, in the same order.
    const first = await list.query({ tab: 'accepted_and_expired', limit: 3 });
    expect(first.nextCursor).not.toBeNull();
    const second = await list.query({
      tab: 'accepted_and_expired',
      limit: 3,
      cursor: first.nextCursor,
    });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items]).toEqual(later.items);
  });

  it('refuses a page link that was tampered with, at its field', async () => {
    const buyer = await t.newAccount();
    const refusal = await refusalOf(
      buyer.client.trpc.buyer.offers.list.query({ tab: 'available', cursor: 'not-a-cursor' }),
    );
    expect(refusal.data?.issues).toEqual([
      { path: ['cursor'], message: 'This page link is out of date; reload the list' },
    ]);
  });
});
