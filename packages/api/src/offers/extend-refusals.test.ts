// Every SPEC §4 rule, refused at extend with its sentence and field path, and nothing
// written: the offer stays a DRAFT, with no 'extended' event, no publish job, and a
// single-use authorization still free. Drafts are made valid through the API, then broken
// the way time or other people break them (straight in the database where the API itself
// would refuse to store the bad value).
import {
  buyerMessages,
  dateMessages,
  documentMessages,
  latestExpirationDate,
  offerMessages,
  pricingMessages,
} from '@offerdesk/core';
import type { OfferUpdate } from '@offerdesk/db';
import { randomAccountId } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { offerFieldMessages } from './offer-messages';
import {
  addOfferDocument,
  daysFromToday,
  type ExtendRefusalCase,
  itRefusesExtend,
  type Resale,
  setUpResale,
  today,
} from './offer-test-kit';

const t = await startTestApi();
const db = t.handle.db;

const setOffer = (offerId: string, values: OfferUpdate) =>
  db.updateTable('offers').set(values).where('id', '=', offerId).execute();
const setAuthorization = (resale: Resale, values: Record<string, unknown>) =>
  db
    .updateTable('resale_authorizations')
    .set(values)
    .where('id', '=', resale.authorizationId)
    .execute();
const setBuyers = async (offerId: string, ids: string[]) => {
  await db.deleteFrom('offer_buyers').where('offer_id', '=', offerId).execute();
  await db
    .insertInto('offer_buyers')
    .values(ids.map((id, position) => ({ offer_id: offerId, buyer_account_id: id, position })))
    .execute();
};
const schedule = (days: number[]) => ({
  kind: 'schedule' as const,
  quantity: 2,
  installments: days.map((d) => ({ invoiceDate: daysFromToday(d), isvCents: 10_000 })),
});
const unknownA = randomAccountId();
const unknownB = randomAccountId();

const CASES: ExtendRefusalCase[] = [
  {
    rule: 'at least one buyer',
    breakDraft: (_r, id) => db.deleteFrom('offer_buyers').where('offer_id', '=', id).execute(),
    path: ['buyerAccountIds'],
    message: () => buyerMessages.none,
  },
  {
    rule: 'not the reseller’s own account',
    breakDraft: (r, id) => setBuyers(id, [r.reseller.accountId]),
    path: ['buyerAccountIds', 0],
    message: (r) => buyerMessages.ownAccount(r.reseller.accountId),
  },
  {
    rule: 'each buyer an existing account, naming the unknown ones',
    breakDraft: (r, id) => setBuyers(id, [r.buyers[0]?.accountId ?? '', unknownA, unknownB]),
    path: ['buyerAccountIds'],
    message: () => buyerMessages.unknown([unknownA, unknownB]),
  },
  {
    rule: 'within the authorization’s buyer restriction',
    breakDraft: (r) => setAuthorization(r, { buyer_account_ids: [randomAccountId()] }),
    path: ['buyerAccountIds', 0],
    message: (r) => buyerMessages.notAllowed(r.buyers[0]?.accountId ?? ''),
  },
  {
    rule: 'a markup percentage',
    breakDraft: (_r, id) => setOffer(id, { markup_ppm: null }),
    path: ['pricing', 'markupPpm'],
    message: () => 'Enter a markup percentage',
  },
  {
    rule: 'a quantity for each dimension',
    breakDraft: (_r, id) => db.deleteFrom('offer_dimensions').where('offer_id', '=', id).execute(),
    path: ['dimensions', 0, 'quantity'],
    message: () => 'Enter a quantity for unit',
  },
  {
    rule: 'FIXED PRICE only on a payment-schedule authorization',
    breakDraft: (_r, id) => setOffer(id, { pricing_mode: 'FIXED_PRICE', markup_ppm: null }),
    path: ['pricing', 'mode'],
    message: () => pricingMessages.fixedPriceNeedsSchedule,
  },
  {
    rule: 'every installment date today or later',
    options: { pricing: schedule([-1, 40]) },
    breakDraft: async () => {},
    path: ['schedule', 0, 'invoiceDate'],
    message: () => dateMessages.invoiceDatePassed(daysFromToday(-1)),
  },
  {
    rule: 'at most one installment on or before the expiration date',
    options: { pricing: schedule([5, 6, 40]) },
    expirationDate: daysFromToday(5),
    breakDraft: (_r, id) => setOffer(id, { expiration_date: daysFromToday(10) }),
    path: ['expirationDate'],
    message: () => dateMessages.tooManyBeforeExpiration(daysFromToday(10)),
  },
  {
    rule: 'an expiration date',
    breakDraft: (_r, id) => setOffer(id, { expiration_date: null }),
    path: ['expirationDate'],
    message: () => offerFieldMessages.expirationMissing,
  },
  {
    rule: 'expiration today or later',
    breakDraft: (_r, id) => setOffer(id, { expiration_date: daysFromToday(-1) }),
    path: ['expirationDate'],
    message: () => dateMessages.expirationPast,
  },
  {
    rule: 'expiration not after the authorization ends',
    options: { authorization: { availability: 'until_date', endsOn: daysFromToday(60) } },
    breakDraft: (r) => setAuthorization(r, { ends_on: daysFromToday(20) }),
    path: ['expirationDate'],
    message: () => dateMessages.expirationAfterAuthorization(daysFromToday(20)),
  },
  {
    rule: 'expiration at most 3 years ahead',
    breakDraft: (_r, id) => setOffer(id, { expiration_date: daysFromToday(3 * 366 + 1) }),
    path: ['expirationDate'],
    message: () => dateMessages.expirationTooFar(latestExpirationDate(today())),
  },
  {
    rule: 'an offer name without control characters',
    breakDraft: (_r, id) => setOffer(id, { name: 'Offer\nwith a line break' }),
    path: ['name'],
    message: () => offerMessages.nameControl,
  },
  {
    rule: 'additional documents are .pdf or .txt',
    breakDraft: (_r, id) => addOfferDocument(t, id, { fileName: 'Scope.docx' }),
    path: ['documents', 0, 'name'],
    message: () => documentMessages.extension,
  },
];

describe(`extend refusals: buyers, pricing, documents and expiry (${t.handle.kind})`, () => {
  itRefusesExtend(t, CASES);

  it('lists every problem at once', async () => {
    const resale = await setUpResale(t);
    const { offerId } = await resale.trpc.offers.createDraft.mutate({
      authorizationId: resale.authorizationId,
    });
    const refusal = await refusalOf(resale.trpc.offers.extend.mutate({ offerId }));
    expect(refusal.data?.issues.map((i) => i.path.join('.'))).toEqual([
      'buyerAccountIds',
      'dimensions.0.quantity',
      'pricing.markupPpm',
      'expirationDate',
    ]);
  });

  it('checks each field as update stores it', async () => {
    const resale = await setUpResale(t);
    const { trpc } = resale;
    const { offerId } = await trpc.offers.createDraft.mutate({
      authorizationId: resale.authorizationId,
    });
    const cases: [Parameters<typeof trpc.offers.update.mutate>[0], (string | number)[], string][] =
      [
        [
          { offerId, buyerAccountIds: ['12345'] },
          ['buyerAccountIds', 0],
          buyerMessages.accountIdFormat,
        ],
        [
          {
            offerId,
            buyerAccountIds: [resale.buyers[0]?.accountId ?? '', resale.buyers[0]?.accountId ?? ''],
          },
          ['buyerAccountIds', 1],
          buyerMessages.duplicate(resale.buyers[0]?.accountId ?? ''),
        ],
        [
          { offerId, buyerAccountIds: Array.from({ length: 26 }, randomAccountId) },
          ['buyerAccountIds'],
          buyerMessages.tooMany,
        ],
        [
          { offerId, buyerAccountIds: [unknownA] },
          ['buyerAccountIds'],
          buyerMessages.unknown([unknownA]),
        ],
        [{ offerId, name: 'x'.repeat(151) }, ['name'], offerMessages.nameTooLong],
        [{ offerId, name: '   ' }, ['name'], offerMessages.nameEmpty],
        [
          { offerId, pricing: { mode: 'FIXED_PRICE', buyerCents: [100] } },
          ['pricing', 'mode'],
          pricingMessages.fixedPriceNeedsSchedule,
        ],
        [
          { offerId, dimensions: [{ key: 'nope', quantity: 1 }] },
          ['dimensions', 0, 'key'],
          offerFieldMessages.unknownDimension('nope'),
        ],
        [
          { offerId, dimensions: [{ key: 'unit', quantity: 0 }] },
          ['dimensions', 0, 'quantity'],
          pricingMessages.quantity,
        ],
        [
          { offerId, expirationDate: daysFromToday(-1) },
          ['expirationDate'],
          dateMessages.expirationPast,
        ],
        [
          { offerId, expirationDate: '2027-02-29' },
          ['expirationDate'],
          dateMessages.notOnCalendar('2027-02-29'),
        ],
      ];
    for (const [input, path, message] of cases) {
      const refusal = await refusalOf(trpc.offers.update.mutate(input));
      expect(refusal.data?.code).toBe('BAD_REQUEST');
      expect(refusal.data?.issues).toContainEqual({ path, message });
    }
    const discount = await refusalOf(
      trpc.offers.update.mutate({
        offerId,
        pricing: { mode: 'DISCOUNT', discountPpm: 100_000 } as never,
      }),
    );
    expect(discount.message).toBe(pricingMessages.discountNotOffered);
    const after = await trpc.offers.get.query({ offerId });
    expect(after.buyerAccountIds).toEqual([]);
    expect(after.name).toBeNull();
  });
});
