// isv.authorizations.create refused for what no single field shows: a product without a EULA,
// another seller's product, an incomplete seller registration; and every problem at once.
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../testing/trpc-error';
import { startAuthorizationSuite } from './authorization-test-kit';
import { countRows, discountAuthorization, scheduleTerms as schedule } from './test-fixtures';

const { t, isvAndReseller } = await startAuthorizationSuite();

describe(`isv.authorizations.create refusals: product, seller and several at once (${t.handle.kind})`, () => {
  it('refuses a product without a EULA', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const reseller = await t.newAccount({ seller: 'complete' });
    const { productId } = await isv.client.trpc.isv.products.create.mutate({
      name: 'No EULA yet',
      description: '',
      dimensions: [{ displayName: 'Day', description: '', listUnitCents: 100 }],
    });
    const refusal = await refusalOf(
      isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId),
      ),
    );
    expect(refusal.data?.issues).toEqual([
      { path: ['productId'], message: "Upload the product's EULA before authorizing resellers" },
    ]);
    expect(await countRows(t, 'resale_authorizations', 'isv_account_id', isv.accountId)).toBe(0);
  });

  it("refuses another seller's product as not found", async () => {
    const { productId, reseller } = await isvAndReseller();
    const other = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const refusal = await refusalOf(
      other.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId),
      ),
    );
    expect(refusal.data?.code).toBe('NOT_FOUND');
    expect(await countRows(t, 'resale_authorizations', 'product_id', productId)).toBe(0);
  });

  it('refuses before the seller registration is complete', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    await t.handle.db
      .deleteFrom('seller_banking')
      .where('account_id', '=', isv.accountId)
      .execute();
    const refusal = await refusalOf(
      isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId),
      ),
    );
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal.message).toBe(
      'Complete your seller registration first: banking details are missing',
    );
    expect(await countRows(t, 'resale_authorizations', 'product_id', productId)).toBe(0);
  });

  it('lists every problem at once', async () => {
    const { isv, productId } = await isvAndReseller();
    const refusal = await refusalOf(
      isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, isv.accountId, {
          pricing: schedule(),
          availability: { kind: 'until_deactivated', expiresOn: null },
          buyerAccountIds: ['999999999997'],
        }),
      ),
    );
    expect(refusal.data?.issues.map((i) => i.path)).toEqual([
      ['resellerAccountId'],
      ['availability', 'kind'],
      ['buyerAccountIds', 0],
    ]);
  });
});
