import { describe, expect, it } from 'vitest';
import { findUntakeable, LIST_MESSAGE, MAX_LIST_ITEMS, NUL_MESSAGE } from './input-guard';
import { startTestApi } from './testing';

describe('findUntakeable', () => {
  it('finds a string holding a NUL, at any depth, with its path', () => {
    expect(findUntakeable({ name: 'ok', dimensions: [{ displayName: 'a\u0000b' }] })).toEqual({
      path: ['dimensions', 0, 'displayName'],
      message: NUL_MESSAGE,
    });
    expect(findUntakeable('\u0000')?.path).toEqual([]);
    expect(findUntakeable({ name: 'ok', n: 1, list: [null, true, 'é\ud800'] })).toBeNull();
  });

  it('finds a list longer than any input has', () => {
    expect(findUntakeable({ ids: Array(MAX_LIST_ITEMS).fill(0) })).toBeNull();
    expect(findUntakeable({ ids: Array(MAX_LIST_ITEMS + 1).fill(0) })).toEqual({
      path: ['ids'],
      message: LIST_MESSAGE,
    });
  });

  it('walks input nested 100,000 deep without overflowing the stack', () => {
    const deep = JSON.parse(`${'['.repeat(100_000)}"\\u0000"${']'.repeat(100_000)}`);
    expect(findUntakeable(deep)?.path.length).toBe(100_000);
  });
});

type Refusal = {
  error: { data: { code: string; issues: { path: unknown[]; message: string }[] } };
};

describe('input no procedure takes (found by the reliability fuzz check)', () => {
  it('is refused naming the field, where it used to answer 500 or overflow zod', async () => {
    const t = await startTestApi();
    const buyer = await t.newAccount();
    const query = (path: string, input: unknown) =>
      buyer.client.fetchRaw(`/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`);
    const nulInId = await query('buyer.offers.get', { offerId: '\u0000' });
    const nulInSearch = await query('catalog.products.list', { search: 'a\u0000' });
    const longList = await buyer.client.fetchRaw('/trpc/buyer.notifications.markRead', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ notificationIds: Array(200_000).fill(0) }),
    });
    const answers = [
      { response: nulInId, path: ['offerId'], message: NUL_MESSAGE },
      { response: nulInSearch, path: ['search'], message: NUL_MESSAGE },
      { response: longList, path: ['notificationIds'], message: LIST_MESSAGE },
    ];
    for (const { response, path, message } of answers) {
      const body = (await response.json()) as Refusal;
      expect(response.status).toBe(400);
      expect(body.error.data.code).toBe('BAD_REQUEST');
      expect(body.error.data.issues).toEqual([{ path, message }]);
    }
  });
});
