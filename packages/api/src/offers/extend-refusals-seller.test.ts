// Every SPEC §4 rule, refused at extend with its sentence and field path, and nothing
// written: the offer stays a DRAFT, with no 'extended' event, no publish job, and a
// single-use authorization still free. Drafts are made valid through the API, then broken
// the way time or other people break them (straight in the database where the API itself
// would refuse to store the bad value).
import { registrationIncompleteMessage } from '@offerdesk/core';
import { randomIds } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { authorizationUseMessages } from './offer-messages';
import {
  createCompleteDraft,
  daysFromToday,
  type ExtendRefusalCase,
  itRefusesExtend,
  type Resale,
  setUpResale,
} from './offer-test-kit';

const t = await startTestApi();
const db = t.handle.db;

const setAuthorization = (resale: Resale, values: Record<string, unknown>) =>
  db
    .updateTable('resale_authorizations')
    .set(values)
    .where('id', '=', resale.authorizationId)
    .execute();

const CASES: ExtendRefusalCase[] = [
  {
    rule: 'seller registration complete',
    breakDraft: async (r) => {
      await db.deleteFrom('seller_tax').where('account_id', '=', r.reseller.accountId).execute();
    },
    path: ['registration'],
    message: () => registrationIncompleteMessage(['tax']),
    code: 'PRECONDITION_FAILED',
  },
  {
    rule: 'authorization not deactivated',
    breakDraft: (r) => setAuthorization(r, { deactivated_at: new Date() }),
    path: ['authorizationId'],
    message: () => authorizationUseMessages.deactivated,
    code: 'PRECONDITION_FAILED',
  },
  {
    rule: 'authorization not past its end date',
    options: { authorization: { availability: 'until_date', endsOn: daysFromToday(60) } },
    breakDraft: (r) => setAuthorization(r, { ends_on: daysFromToday(-1) }),
    path: ['authorizationId'],
    message: () => authorizationUseMessages.ended(daysFromToday(-1)),
    code: 'PRECONDITION_FAILED',
  },
  {
    rule: 'single-use authorization not used by another offer',
    options: { authorization: { availability: 'single_use', endsOn: daysFromToday(90) } },
    breakDraft: (r) => setAuthorization(r, { used_by_offer_id: 'offer-0000000000000' }),
    path: ['authorizationId'],
    message: () => authorizationUseMessages.usedByOther('offer-0000000000000'),
    code: 'PRECONDITION_FAILED',
  },
  {
    rule: 'reseller contract accepted',
    options: { authorization: { contract: 'standard' } },
    breakDraft: async () => {},
    path: ['contract'],
    message: () => authorizationUseMessages.contractNotAccepted,
    code: 'PRECONDITION_FAILED',
  },
];

describe(`extend refusals: seller, authorization and contract (${t.handle.kind})`, () => {
  itRefusesExtend(t, CASES);

  it('extends once the contract is accepted (the refusal above was the only problem)', async () => {
    const resale = await setUpResale(t, { authorization: { contract: 'standard' } });
    const offerId = await createCompleteDraft(resale);
    await refusalOf(resale.trpc.offers.extend.mutate({ offerId }));
    await db
      .insertInto('contract_acceptances')
      .values({
        authorization_id: resale.authorizationId,
        reseller_account_id: resale.reseller.accountId,
        user_id: resale.reseller.userId,
      })
      .execute();
    expect((await resale.trpc.offers.extend.mutate({ offerId })).status).toBe('PUBLISHING');
  });

  it('refuses a draft from an authorization the caller does not hold, as not found', async () => {
    const resale = await setUpResale(t);
    const stranger = await t.newAccount({ seller: 'complete' });
    const refusal = await refusalOf(
      stranger.client.trpc.offers.createDraft.mutate({ authorizationId: resale.authorizationId }),
    );
    expect(refusal.data?.code).toBe('NOT_FOUND');
    const missing = await refusalOf(
      resale.trpc.offers.createDraft.mutate({ authorizationId: randomIds.authorization() }),
    );
    expect(missing.data?.code).toBe('NOT_FOUND');
  });

  it('refuses a draft when registration is incomplete or the authorization unusable', async () => {
    const resale = await setUpResale(t);
    await setAuthorization(resale, { deactivated_at: new Date() });
    const refusal = await refusalOf(
      resale.trpc.offers.createDraft.mutate({ authorizationId: resale.authorizationId }),
    );
    expect(refusal.message).toBe(authorizationUseMessages.deactivated);
    await db
      .deleteFrom('seller_banking')
      .where('account_id', '=', resale.reseller.accountId)
      .execute();
    const unregistered = await refusalOf(
      resale.trpc.offers.createDraft.mutate({ authorizationId: resale.authorizationId }),
    );
    expect(unregistered.data?.code).toBe('PRECONDITION_FAILED');
    expect(unregistered.message).toBe(registrationIncompleteMessage(['banking']));
  });
});
