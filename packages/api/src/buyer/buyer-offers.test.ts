import { randomIds } from '@offerdesk/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { acceptInput, createPublishedOffer, spec3Example1 } from '../testing/published-offer';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
const db = t.handle.db;

afterEach(() => t.setClock(null));

describe(`buyer.offers.get and findById (${t.handle.kind})`, () => {
  it("shows the buyer's prices and documents, and nothing of the sellers' side", async () => {
    const buyer = await t.newAccount();
    const otherBuyer = await t.newAccount();
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [buyer.accountId, otherBuyer.accountId],
      expirationDate: '2030-05-10',
      additionalDocuments: ['Statement of work.pdf', 'Pricing sheet.pdf'],
    });
    t.setClock(fixedClock('2030-05-10T23:00:00.000Z'));
    const page = await buyer.client.trpc.buyer.offers.get.query({ offerId: offer.offerId });
    expect(page).toEqual({
      offerId: offer.offerId,
      name: `Offer - ${offer.productName} - 2 buyers`,
      status: 'AVAILABLE',
      product: { id: offer.productId, name: offer.productName, description: 'Test product' },
      sellerOfRecord: offer.reseller.name,
      publisher: offer.isv.name,
      billing: 'UPFRONT',
      dimensions: [
        {
          key: 'assessment',
          displayName: 'Assessment',
          description: '',
          quantity: 1,
          unitCents: 2_265_656,
          amountCents: 2_265_656,
        },
        {
          key: 'workshop-day',
          displayName: 'Workshop day',
          description: '',
          quantity: 3,
          unitCents: 181_251,
          amountCents: 543_753,
        },
      ],
      installments: [],
      totalCents: 2_809_409,
      expirationDate: '2030-05-10',
      expiresAt: '2030-05-11T00:00:00.000Z',
      secondsLeft: 3600,
      combinedPdf: {
        sha256: offer.combinedPdfSha256,
        url: `/files/offers/${offer.offerId}/eula.pdf`,
        sizeBytes: expect.any(Number),
      },
      documents: [
        { kind: 'EULA', fileName: 'EULA.pdf', mediaType: 'application/pdf' },
        { kind: 'ADDITIONAL', fileName: 'Statement of work.pdf', mediaType: 'application/pdf' },
        { kind: 'ADDITIONAL', fileName: 'Pricing sheet.pdf', mediaType: 'application/pdf' },
      ],
      agreement: null,
    });
    const text = JSON.stringify(page);
    // Other buyers, wholesale prices, ISV amounts and the reseller's margin stay hidden.
    for (const hidden of [otherBuyer.accountId, '2112500', '168999', '2619497', '189912']) {
      expect(text).not.toContain(hidden);
    }
    // "Go to offer" with a pasted ID (spaces, capitals) finds the same page.
    const found = await buyer.client.trpc.buyer.offers.findById.query({
      offerId: `  ${offer.offerId.toUpperCase()} `,
    });
    expect(found).toEqual(page);
  });

  it('shows a payment schedule with its invoice dates and buyer amounts', async () => {
    const buyer = await t.newAccount();
    const offer = await createPublishedOffer(db, {
      buyerAccountIds: [buyer.accountId],
      terms: spec3Example1,
    });
    const page = await buyer.client.trpc.buyer.offers.get.query({ offerId: offer.offerId });
    expect(page.name).toBe(`Offer - ${buyer.accountId} - ${offer.productName}`);
    expect(page.billing).toBe('INSTALLMENTS');
    expect(page.dimensions).toEqual([
      {
        key: 'pd1',
        displayName: 'Pricing dimension 1',
        description: '',
        quantity: 1,
        unitCents: null,
        amountCents: null,
      },
    ]);
    expect(page.installments).toEqual([
      { invoiceDate: '2024-01-17', amountCents: 55 },
      { invoiceDate: '2024-01-18', amountCents: 55 },
    ]);
    expect(page.totalCents).toBe(110);
  });

  it('answers anyone not targeted exactly as it answers an offer that does not exist', async () => {
    const buyer = await t.newAccount();
    const stranger = await t.newAccount();
    const reseller = await t.newAccount({ seller: 'complete' });
    const offer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId], reseller });
    const input = acceptInput(offer);
    const missing = { ...input, offerId: randomIds.offer() };
    const answers = async (offerId: string) => [
      await refusalOf(stranger.client.trpc.buyer.offers.get.query({ offerId })),
      await refusalOf(stranger.client.trpc.buyer.offers.findById.query({ offerId })),
      await refusalOf(stranger.client.trpc.buyer.offers.accept.mutate({ ...input, offerId })),
      // The reseller who made the offer is no buyer of it either.
      await refusalOf(reseller.client.trpc.buyer.offers.get.query({ offerId })),
    ];
    const shape = (errors: Awaited<ReturnType<typeof answers>>) =>
      errors.map((e) => ({ message: e.message, code: e.data?.code, issues: e.data?.issues }));
    const forOffer = shape(await answers(offer.offerId));
    expect(forOffer).toEqual(shape(await answers(missing.offerId)));
    expect(forOffer[0]).toEqual({
      message: 'This offer was not found',
      code: 'NOT_FOUND',
      issues: [],
    });
    expect(forOffer.every((answer) => answer.code === 'NOT_FOUND')).toBe(true);
  });

  it('hides offers that are not published from the buyers they target', async () => {
    const buyer = await t.newAccount();
    for (const status of ['DRAFT', 'PUBLISHING', 'FAILED'] as const) {
      const offer = await createPublishedOffer(db, { buyerAccountIds: [buyer.accountId], status });
      const refusal = await refusalOf(
        buyer.client.trpc.buyer.offers.get.query({ offerId: offer.offerId }),
      );
      expect(refusal.message).toBe('This offer was not found');
      const accept = await refusalOf(
        buyer.client.trpc.buyer.offers.accept.mutate({
          offerId: offer.offerId,
          eulaConsent: true,
          eulaSha256: 'ab'.repeat(32),
        }),
      );
      expect(accept.data?.code).toBe('NOT_FOUND');
    }
    const list = await buyer.client.trpc.buyer.offers.list.query({ tab: 'accepted_and_expired' });
    expect(list.items).toEqual([]);
  });

  it('checks the form of a typed offer ID, at its field', async () => {
    const buyer = await t.newAccount();
    const refusal = await refusalOf(
      buyer.client.trpc.buyer.offers.findById.query({ offerId: 'offer-123' }),
    );
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    expect(refusal.data?.issues).toEqual([
      {
        path: ['offerId'],
        message: 'This is not an offer ID (offer- followed by 13 letters or digits)',
      },
    ]);
  });

  it('is for signed-in accounts only', async () => {
    const refusal = await refusalOf(
      t.anonymous().trpc.buyer.offers.get.query({ offerId: randomIds.offer() }),
    );
    expect(refusal.data?.code).toBe('UNAUTHORIZED');
  });
});
