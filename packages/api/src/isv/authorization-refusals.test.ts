// Every rule of isv.authorizations.create refused with its message at its field, and nothing
// written.
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../testing/trpc-error';
import { startAuthorizationSuite } from './authorization-test-kit';
import {
  countRows,
  discountAuthorization,
  fpsAvailability as fps,
  inDays,
  type NewAuthorization,
  scheduleTerms as schedule,
} from './test-fixtures';

const { t, isvAndReseller } = await startAuthorizationSuite();

describe(`isv.authorizations.create refusals (${t.handle.kind})`, () => {
  type Case = [
    string,
    (ids: { reseller: string; isv: string; buyer: string }) => Partial<NewAuthorization>,
    (string | number)[],
    string | RegExp,
  ];
  const tooManyBuyers = Array.from({ length: 26 }, (_, i) => String(100000000000 + i));
  const cases: Case[] = [
    [
      'your own account as reseller',
      ({ isv }) => ({ resellerAccountId: isv }),
      ['resellerAccountId'],
      "This is your own account; enter the reseller's account ID",
    ],
    [
      'an unknown reseller',
      () => ({ resellerAccountId: '999999999999' }),
      ['resellerAccountId'],
      'No Offerdesk account has the ID 999999999999',
    ],
    [
      'a malformed reseller ID',
      () => ({ resellerAccountId: '12345' }),
      ['resellerAccountId'],
      'An account ID is exactly 12 digits',
    ],
    [
      'a discount above 100 %',
      () => ({ pricing: { kind: 'discount', discountPpm: 1_000_001 } }),
      ['pricing', 'discountPpm'],
      'The discount must be from 0 % to 100 %',
    ],
    [
      'custom prices for some dimensions only',
      () => ({ pricing: { kind: 'custom', wholesaleUnitCents: [100] } }),
      ['pricing', 'wholesaleUnitCents'],
      'Enter a wholesale price for each pricing dimension',
    ],
    [
      'a custom price above 10,000,000.00',
      () => ({ pricing: { kind: 'custom', wholesaleUnitCents: [1_000_000_001, 1] } }),
      ['pricing', 'wholesaleUnitCents', 0],
      /\$10,000,000\.00/,
    ],
    [
      'a schedule without its dimension on a two-dimension product',
      () => ({ pricing: schedule({ dimensionKey: null }), availability: fps }),
      ['pricing', 'dimensionKey'],
      'Choose the pricing dimension the payment schedule is for',
    ],
    [
      'a schedule on an unknown dimension',
      () => ({ pricing: schedule({ dimensionKey: 'nope' }), availability: fps }),
      ['pricing', 'dimensionKey'],
      'This product has no pricing dimension "nope"',
    ],
    [
      'a schedule with a past invoice date',
      () => ({
        pricing: schedule({ installments: [{ invoiceDate: inDays(-1), isvCents: 50 }] }),
        availability: fps,
      }),
      ['pricing', 'installments', 0, 'invoiceDate'],
      /has passed; every invoice date must be today or later/,
    ],
    [
      'a schedule with one date twice',
      () => ({
        pricing: schedule({
          installments: [
            { invoiceDate: inDays(5), isvCents: 1 },
            { invoiceDate: inDays(5), isvCents: 2 },
          ],
        }),
        availability: fps,
      }),
      ['pricing', 'installments', 1, 'invoiceDate'],
      /is used more than once/,
    ],
    [
      'a schedule of 61 installments',
      () => ({
        pricing: schedule({
          installments: Array.from({ length: 61 }, (_, i) => ({
            invoiceDate: inDays(i + 1),
            isvCents: 1,
          })),
        }),
        availability: fps,
      }),
      ['pricing', 'installments'],
      'A payment schedule can have at most 60 installments',
    ],
    [
      'a schedule without installments',
      () => ({ pricing: schedule({ installments: [] }), availability: fps }),
      ['pricing', 'installments'],
      'A payment schedule needs at least one installment',
    ],
    [
      'a schedule whose total passes 2^53 - 1 cents',
      () => ({
        pricing: schedule({
          installments: [
            { invoiceDate: inDays(1), isvCents: Number.MAX_SAFE_INTEGER },
            { invoiceDate: inDays(2), isvCents: 1 },
          ],
        }),
        availability: fps,
      }),
      ['pricing', 'installments'],
      /The total due to the ISV would be above/,
    ],
    [
      'a schedule available until deactivated',
      () => ({ pricing: schedule(), availability: { kind: 'until_deactivated', expiresOn: null } }),
      ['availability', 'kind'],
      'An authorization with a payment schedule is single use and needs an end date',
    ],
    [
      'a schedule for many offers until a date',
      () => ({ pricing: schedule(), availability: { kind: 'until_date', expiresOn: inDays(20) } }),
      ['availability', 'kind'],
      'An authorization with a payment schedule is single use and needs an end date',
    ],
    [
      'a single-use schedule without an end date',
      () => ({ pricing: schedule(), availability: { kind: 'single_use', expiresOn: null } }),
      ['availability', 'kind'],
      'An authorization with a payment schedule is single use and needs an end date',
    ],
    [
      '"until a date" without the date',
      () => ({
        availability: {
          kind: 'until_date',
          expiresOn: null,
        } as unknown as NewAuthorization['availability'],
      }),
      ['availability', 'expiresOn'],
      'Choose the date the authorization ends',
    ],
    [
      'an end date in the past',
      () => ({ availability: { kind: 'until_date', expiresOn: inDays(-1) } }),
      ['availability', 'expiresOn'],
      'The end date cannot be in the past',
    ],
    [
      'an end date that is not on the calendar',
      () => ({ availability: { kind: 'until_date', expiresOn: '2031-02-30' } }),
      ['availability', 'expiresOn'],
      '2031-02-30 is not a date on the calendar',
    ],
    [
      'a custom contract never uploaded',
      () => ({ contract: { kind: 'custom', sha256: 'b'.repeat(64) } }),
      ['contract', 'sha256'],
      'No uploaded reseller contract has this SHA-256; upload the reseller contract again',
    ],
    [
      'a custom contract without its document',
      () => ({ contract: { kind: 'custom' } as unknown as NewAuthorization['contract'] }),
      ['contract', 'sha256'],
      /Upload the reseller contract first|SHA-256/,
    ],
    [
      '26 buyer accounts',
      () => ({ buyerAccountIds: tooManyBuyers }),
      ['buyerAccountIds'],
      'An authorization can name at most 25 buyer accounts',
    ],
    [
      'a buyer account twice',
      ({ buyer }) => ({ buyerAccountIds: [buyer, buyer] }),
      ['buyerAccountIds', 1],
      /is listed more than once/,
    ],
    [
      'a malformed buyer account',
      () => ({ buyerAccountIds: ['71338444195'] }),
      ['buyerAccountIds', 0],
      'An account ID is exactly 12 digits',
    ],
    [
      'an unknown buyer account',
      ({ buyer }) => ({ buyerAccountIds: [buyer, '999999999998'] }),
      ['buyerAccountIds', 1],
      'No Offerdesk account has the ID 999999999998',
    ],
    [
      "the reseller's own account as buyer",
      ({ reseller }) => ({ buyerAccountIds: [reseller] }),
      ['buyerAccountIds', 0],
      /is the reseller's own account/,
    ],
  ];

  it.each(cases)('refuses %s, writing nothing', async (_what, change, path, message) => {
    const { isv, productId, reseller } = await isvAndReseller();
    const buyer = await t.newAccount();
    const before = await countRows(t, 'resale_authorizations', 'isv_account_id', isv.accountId);
    const input = discountAuthorization(
      productId,
      reseller.accountId,
      change({ reseller: reseller.accountId, isv: isv.accountId, buyer: buyer.accountId }),
    );
    const refusal = await refusalOf(isv.client.trpc.isv.authorizations.create.mutate(input));
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    const issue = refusal.data?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue?.message, JSON.stringify(refusal.data?.issues)).toMatch(message);
    expect(await countRows(t, 'resale_authorizations', 'isv_account_id', isv.accountId)).toBe(
      before,
    );
    expect(before).toBe(0);
  });
});
