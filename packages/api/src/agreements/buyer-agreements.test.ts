// What the buyer reads of its agreements: what it pays, and nobody else's agreements.
import { describe, expect, it } from 'vitest';
import { inDays } from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { insertAgreement, sale, scheduleFigures } from './agreement-test-kit';

const t = await startTestApi();

describe(`buyer.agreements.list (${t.handle.kind})`, () => {
  it("shows the buyer its agreements with what it pays, and nobody else's", async () => {
    const s = await sale(t);
    const agreementId = await insertAgreement(t, s, scheduleFigures);
    const { items, nextCursor } = await s.buyer.client.trpc.buyer.agreements.list.query();
    expect(nextCursor).toBeNull();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      id: agreementId,
      offerId: s.offerId,
      offerName: `Offer - ${s.buyer.accountId} - ${s.productName}`,
      product: { id: s.productId, name: s.productName },
      sellerOfRecord: s.reseller.name,
      publisher: s.isv.name,
      totalCents: 110,
      installments: [
        { invoiceDate: inDays(30), amountCents: 55 },
        { invoiceDate: inDays(60), amountCents: 55 },
      ],
    });
    const json = JSON.stringify(items);
    expect(json).not.toMatch(/isv(Cents|Total)|reseller(Cents|Total)|wholesale/i);
    const other = await t.newAccount();
    expect((await other.client.trpc.buyer.agreements.list.query()).items).toEqual([]);
    expect((await s.reseller.client.trpc.buyer.agreements.list.query()).items).toEqual([]);
  });
});
