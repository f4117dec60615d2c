// Seller registration (issue 10, SPEC §1 and §4): a new account fills in its public profile,
// tax and banking, each checked for form, banking shown masked; once complete it may create
// offers.
import { registrationIncompleteMessage } from '@offerdesk/core';
import { describe, expect, it } from 'vitest';
import { discountAuthorization, newIsvWithProduct } from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { freshEmail, freshPassword } from './account-test-kit';

const t = await startTestApi();

async function signedUpSeller() {
  const client = t.anonymous();
  await client.trpc.auth.me.query();
  const me = await client.trpc.auth.signUp.mutate({
    email: freshEmail('seller'),
    password: freshPassword(),
    accountName: 'Woodgrove Channel',
  });
  return { client, accountId: me.account.id };
}

describe(`seller registration (${t.handle.kind})`, () => {
  it('goes from nothing to complete, part by part; then the seller may create an offer', async () => {
    const { isv, productId } = await newIsvWithProduct(t);
    const seller = await signedUpSeller();
    const registration = seller.client.trpc.account.registration;
    expect(await registration.get.query()).toEqual({
      profile: null,
      tax: null,
      banking: null,
      missing: ['profile', 'tax', 'banking'],
      complete: false,
    });
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, seller.accountId, { contract: { kind: 'none' } }),
    );
    const refused = await refusalOf(
      seller.client.trpc.offers.createDraft.mutate({ authorizationId }),
    );
    expect(refused.data?.code).toBe('PRECONDITION_FAILED');
    expect(refused.message).toBe(registrationIncompleteMessage(['profile', 'tax', 'banking']));

    const profile = await registration.update.mutate({
      part: 'profile',
      publicName: ' Woodgrove ',
      description: 'Cloud migrations for retailers.',
      sellerType: 'CHANNEL_PARTNER',
    });
    expect(profile.profile).toEqual({
      publicName: 'Woodgrove',
      description: 'Cloud migrations for retailers.',
      sellerType: 'CHANNEL_PARTNER',
    });
    expect(profile.missing).toEqual(['tax', 'banking']);

    const tax = await registration.update.mutate({
      part: 'tax',
      country: 'us',
      taxId: '987654321',
    });
    expect(tax.tax).toEqual({ country: 'US', taxId: '98-7654321' });
    expect(tax.missing).toEqual(['banking']);
    const stillRefused = await refusalOf(
      seller.client.trpc.offers.createDraft.mutate({ authorizationId }),
    );
    expect(stillRefused.message).toBe(
      'Complete your seller registration first: banking details are missing',
    );

    const banking = await registration.update.mutate({
      part: 'banking',
      accountHolder: 'Woodgrove Channel LLC',
      routingNumber: '021000021',
      accountNumber: '000123456789',
    });
    expect(banking).toMatchObject({
      banking: {
        accountHolder: 'Woodgrove Channel LLC',
        routingNumberMasked: '•••• 0021',
        accountNumberMasked: '•••• 6789',
      },
      missing: [],
      complete: true,
    });
    // Never the whole numbers, in any answer.
    expect(JSON.stringify(await registration.get.query())).not.toMatch(/021000021|123456789/);

    const { offerId } = await seller.client.trpc.offers.createDraft.mutate({ authorizationId });
    expect((await seller.client.trpc.offers.get.query({ offerId })).status).toBe('DRAFT');
  });

  it('replaces a part when it is saved again', async () => {
    const seller = await signedUpSeller();
    const registration = seller.client.trpc.account.registration;
    await registration.update.mutate({ part: 'tax', country: 'DE', taxId: 'de 123 456 789' });
    const changed = await registration.update.mutate({
      part: 'tax',
      country: 'GB',
      taxId: '123456789012',
    });
    expect(changed.tax).toEqual({ country: 'GB', taxId: 'GB123456789012' });
    expect((await registration.get.query()).tax).toEqual(changed.tax);
  });

  it.each([
    ['US', '12-34567', 'A US employer identification number (EIN) is 9 digits, like 12-3456789'],
    [
      'GB',
      'GB12345678',
      'A UK VAT registration number is GB followed by 9 or 12 digits, like GB123456789',
    ],
    [
      'DE',
      'DE1234567890',
      'A German VAT ID (USt-IdNr.) is DE followed by 9 digits, like DE123456789',
    ],
  ])('refuses a malformed %s tax ID at the taxId field', async (country, taxId, message) => {
    const seller = await signedUpSeller();
    const refusal = await refusalOf(
      seller.client.trpc.account.registration.update.mutate({ part: 'tax', country, taxId }),
    );
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    expect(refusal.message).toBe(message);
    expect(refusal.data?.issues).toEqual([{ path: ['taxId'], message }]);
    expect((await seller.client.trpc.account.registration.get.query()).tax).toBeNull();
  });

  it('refuses a routing number with a wrong check digit, and a short account number', async () => {
    const seller = await signedUpSeller();
    const refusal = await refusalOf(
      seller.client.trpc.account.registration.update.mutate({
        part: 'banking',
        accountHolder: 'Woodgrove',
        routingNumber: '021000022',
        accountNumber: '123',
      }),
    );
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    expect(refusal.data?.issues).toEqual([
      { path: ['routingNumber'], message: 'A routing number is 9 digits with a valid check digit' },
      { path: ['accountNumber'], message: 'A bank account number is 4 to 17 digits' },
    ]);
    expect((await seller.client.trpc.account.registration.get.query()).banking).toBeNull();
  });

  it('shows each account its own registration only', async () => {
    const registered = await t.newAccount({ seller: 'complete' });
    const newcomer = await signedUpSeller();
    expect((await registered.client.trpc.account.registration.get.query()).complete).toBe(true);
    expect((await newcomer.client.trpc.account.registration.get.query()).complete).toBe(false);
    const anonymous = t.anonymous();
    const refusal = await refusalOf(anonymous.trpc.account.registration.get.query());
    expect(refusal.data?.code).toBe('UNAUTHORIZED');
  });
});
