// Reading offers: the history with who and when, the list's pages, filters and search,
// and NOT_FOUND for every procedure to every account but the offer's reseller.

import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import {
  createCompleteDraft,
  daysFromToday,
  publishedOffer,
  setUpResale,
  waitForStatus,
} from './offer-test-kit';

const t = await startTestApi();

describe(`offer listing, history and access (${t.handle.kind})`, () => {
  it('lists the history with who and when', async () => {
    const { resale, offerId } = await publishedOffer(t);
    await resale.trpc.offers.cancel.mutate({ offerId });
    const { events } = await resale.trpc.offers.history.query({ offerId });
    expect(events.map((e) => [e.kind, e.actor?.email ?? 'Offerdesk'])).toEqual([
      ['created', resale.reseller.email],
      ['updated', resale.reseller.email],
      ['extended', resale.reseller.email],
      ['published', 'Offerdesk'],
      ['cancelled', resale.reseller.email],
    ]);
    expect(events[2]?.description).toBe(
      'Extended the offer to 1 buyer account(s) ($990.00 per buyer)',
    );
    for (const event of events) {
      expect(Math.abs(Date.parse(event.at) - Date.now())).toBeLessThan(60_000);
    }
  });

  it('answers NOT_FOUND to every other account, for every procedure', async () => {
    const resale = await setUpResale(t);
    const buyer = await t.newAccount();
    const offerId = await createCompleteDraft(resale);
    await resale.trpc.offers.update.mutate({ offerId, buyerAccountIds: [buyer.accountId] });
    await resale.trpc.offers.extend.mutate({ offerId });
    await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    const other = await t.newAccount({ seller: 'complete' });
    for (const o of [other.client.trpc.offers, buyer.client.trpc.offers]) {
      // Thunks: each call starts only when awaited, so no refusal goes unobserved.
      const calls = [
        () => o.get.query({ offerId }),
        () => o.preview.query({ offerId }),
        () => o.history.query({ offerId }),
        () => o.update.mutate({ offerId, name: 'Mine now' }),
        () => o.extend.mutate({ offerId }),
        () => o.reopen.mutate({ offerId }),
        () => o.delete.mutate({ offerId }),
        () => o.cancel.mutate({ offerId }),
        () => o.updateExpiration.mutate({ offerId, expirationDate: daysFromToday(20) }),
        () => o.clone.mutate({ offerId }),
        () =>
          o.removeDocument.mutate({ offerId, documentId: '00000000-0000-4000-8000-000000000000' }),
        () => o.reorderDocuments.mutate({ offerId, documentIds: [] }),
      ];
      for (const call of calls) expect((await refusalOf(call())).data?.code).toBe('NOT_FOUND');
      expect((await o.list.query({})).items).toEqual([]);
    }
    const anonymous = await refusalOf(t.anonymous().trpc.offers.get.query({ offerId }));
    expect(anonymous.data?.code).toBe('UNAUTHORIZED');
    expect((await resale.trpc.offers.get.query({ offerId })).status).toBe('PUBLISHED');
  });

  it('lists newest first with keyset pages, filters and search', async () => {
    const resale = await setUpResale(t, { buyerCount: 2 });
    const { trpc } = resale;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createCompleteDraft(resale));
    await trpc.offers.update.mutate({ offerId: ids[1] ?? '', name: 'Quarterly review' });
    await trpc.offers.extend.mutate({ offerId: ids[4] ?? '' });
    await waitForStatus(trpc, ids[4] ?? '', 'PUBLISHED');

    const first = await trpc.offers.list.query({ limit: 2 });
    const second = await trpc.offers.list.query({ limit: 2, cursor: first.nextCursor });
    const third = await trpc.offers.list.query({ limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((o) => o.id)).toEqual(
      [...ids].reverse(),
    );
    expect(third.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({
      id: ids[4],
      status: 'PUBLISHED',
      product: { name: resale.productName },
      buyerAccountIds: resale.buyers.map((b) => b.accountId),
      acceptedCount: 0,
      expirationDate: daysFromToday(30),
    });
    const oldest = await trpc.offers.list.query({ direction: 'asc', limit: 1 });
    expect(oldest.items[0]?.id).toBe(ids[0]);
    const byExpiry = await trpc.offers.list.query({
      sort: 'expiration',
      direction: 'asc',
      limit: 10,
    });
    expect(byExpiry.items).toHaveLength(5);

    const drafts = await trpc.offers.list.query({ status: 'DRAFT' });
    expect(drafts.items.map((o) => o.id)).toEqual(ids.slice(0, 4).reverse());
    expect((await trpc.offers.list.query({ search: 'quarterly' })).items.map((o) => o.id)).toEqual([
      ids[1],
    ]);
    expect((await trpc.offers.list.query({ search: ids[3] ?? '' })).items.map((o) => o.id)).toEqual(
      [ids[3]],
    );
    const byBuyer = await trpc.offers.list.query({ search: resale.buyers[1]?.accountId ?? '' });
    expect(byBuyer.items).toHaveLength(5);
    const stale = await refusalOf(
      trpc.offers.list.query({ sort: 'expiration', cursor: first.nextCursor }),
    );
    expect(stale.data?.issues[0]?.path).toEqual(['cursor']);
    // Buyers in the reseller's order, and none for a draft without them.
    const [one = '', two = ''] = resale.buyers.map((b) => b.accountId);
    await trpc.offers.update.mutate({ offerId: ids[2] ?? '', buyerAccountIds: [two, one] });
    await trpc.offers.update.mutate({ offerId: ids[0] ?? '', buyerAccountIds: [] });
    const buyersOf = new Map(
      (await trpc.offers.list.query({ status: 'DRAFT' })).items.map((o) => [
        o.id,
        o.buyerAccountIds,
      ]),
    );
    expect(buyersOf.get(ids[2] ?? '')).toEqual([two, one]);
    expect(buyersOf.get(ids[0] ?? '')).toEqual([]);
  });
});
