// Invoice lists and settings input through the real API (SPEC §9): cursor paging of buyer
// invoices and the disbursement-day check. The billing flow itself is in billing.test.ts.
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { acceptOffer, errorOf, publishOfferDirectly, type TestSeller } from './test-fixtures';

const t = await startTestApi();

describe(`invoice lists and disbursement settings (${t.handle.kind})`, () => {
  it('pages through invoices with a cursor, newest invoice date first', async () => {
    const offer = await publishOfferDirectly(t, {
      authorization: {
        kind: 'schedule',
        quantity: 2,
        installments: Array.from({ length: 5 }, (_, i) => ({
          invoiceDate: `2030-0${i + 1}-15`,
          isvCents: 1000 + i,
        })),
      },
      pricing: { mode: 'MARKUP', markupPpm: 100_000 },
    });
    const buyer = offer.buyers[0] as TestSeller;
    await acceptOffer(t, offer, buyer);
    const first = await buyer.client.trpc.buyer.invoices.list.query({ limit: 2 });
    const second = await buyer.client.trpc.buyer.invoices.list.query({
      limit: 2,
      cursor: first.nextCursor,
    });
    const third = await buyer.client.trpc.buyer.invoices.list.query({
      limit: 2,
      cursor: second.nextCursor,
    });
    expect([...first.items, ...second.items, ...third.items].map((i) => i.invoiceDate)).toEqual([
      '2030-05-15',
      '2030-04-15',
      '2030-03-15',
      '2030-02-15',
      '2030-01-15',
    ]);
    expect(third.nextCursor).toBeNull();
    // Markup per installment, half up: 1,004 × 1.1 = 1,104.4 → 1,104.
    expect(first.items[0]?.amountCents).toBe(1104);
    const bad = await errorOf(buyer.client.trpc.buyer.invoices.list.query({ cursor: 'nonsense' }));
    expect(bad.data?.code).toBe('BAD_REQUEST');
  });

  it('refuses a disbursement day outside 1–28 with the settings message', async () => {
    const seller = await t.newAccount({ seller: 'complete' });
    const error = await errorOf(
      seller.client.trpc.settings.update.mutate({
        disbursementPreference: { kind: 'monthly', day: 29 },
      }),
    );
    expect(error.data?.code).toBe('BAD_REQUEST');
    expect(error.data?.issues?.[0]?.path).toEqual(['disbursementPreference', 'day']);
  });
});
