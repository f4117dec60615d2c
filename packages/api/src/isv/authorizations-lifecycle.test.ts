import { describe, expect, it } from 'vitest';
import { refusalOf } from '../testing/trpc-error';
import { startAuthorizationSuite } from './authorization-test-kit';
import {
  countRows,
  discountAuthorization,
  fpsAvailability as fps,
  inDays,
  scheduleTerms as schedule,
} from './test-fixtures';

const { t, isvAndReseller } = await startAuthorizationSuite();

describe(`isv.authorizations.deactivate and clone (${t.handle.kind})`, () => {
  it('deactivates idempotently; the opportunity shows as deactivated', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId),
    );
    const first = await isv.client.trpc.isv.authorizations.deactivate.mutate({ authorizationId });
    const again = await isv.client.trpc.isv.authorizations.deactivate.mutate({ authorizationId });
    expect(again.deactivatedAt).toBe(first.deactivatedAt);
    const opportunity = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId,
    });
    expect(opportunity.status).toBe('deactivated');
    expect(opportunity.deactivatedAt).toBe(first.deactivatedAt);
    const listed = await reseller.client.trpc.reseller.opportunities.list.query({
      status: 'deactivated',
    });
    expect(listed.items.map((o) => o.id)).toEqual([authorizationId]);
    expect(
      (await reseller.client.trpc.reseller.opportunities.list.query({ status: 'active' })).items,
    ).toEqual([]);
  });

  it('refuses deactivation to anyone but the granting ISV, as not found', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId),
    );
    const other = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    for (const client of [other.client, reseller.client]) {
      const refusal = await refusalOf(
        client.trpc.isv.authorizations.deactivate.mutate({ authorizationId }),
      );
      expect(refusal.data?.code).toBe('NOT_FOUND');
      const read = await refusalOf(client.trpc.isv.authorizations.get.query({ authorizationId }));
      expect(read.data?.code).toBe('NOT_FOUND');
      const clone = await refusalOf(
        client.trpc.isv.authorizations.clone.mutate({ authorizationId }),
      );
      expect(clone.data?.code).toBe('NOT_FOUND');
    }
    expect((await isv.client.trpc.isv.authorizations.get.query({ authorizationId })).status).toBe(
      'active',
    );
    expect(await countRows(t, 'resale_authorizations', 'product_id', productId)).toBe(1);
  });

  it('clones a deactivated authorization into a new active one, with overrides', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const buyer = await t.newAccount();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId, { buyerAccountIds: [buyer.accountId] }),
    );
    await isv.client.trpc.isv.authorizations.deactivate.mutate({ authorizationId });
    const copy = await isv.client.trpc.isv.authorizations.clone.mutate({ authorizationId });
    expect(copy.authorizationId).not.toBe(authorizationId);
    const cloned = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId: copy.authorizationId,
    });
    expect(cloned).toMatchObject({
      status: 'active',
      pricing: { label: '15.50 % off list' },
      contract: { kind: 'standard' },
      buyerAccountIds: [buyer.accountId],
      availability: 'until_deactivated',
    });
    const changed = await isv.client.trpc.isv.authorizations.clone.mutate({
      authorizationId,
      overrides: {
        pricing: { kind: 'discount', discountPpm: 200_000 },
        buyerAccountIds: [],
        availability: { kind: 'until_date', expiresOn: inDays(90) },
      },
    });
    const second = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId: changed.authorizationId,
    });
    expect(second).toMatchObject({
      status: 'active',
      pricing: { label: '20.00 % off list' },
      buyerAccountIds: [],
      availability: 'until_date',
      endsOn: inDays(90),
    });
    expect(
      (await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId })).status,
    ).toBe('deactivated');
  });

  it('clones a schedule and custom prices, and refuses what no longer holds at the overrides', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const fpsId = (
      await isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId, {
          pricing: schedule({ quantity: 2 }),
          availability: fps,
        }),
      )
    ).authorizationId;
    const fpsCopy = await isv.client.trpc.isv.authorizations.clone.mutate({
      authorizationId: fpsId,
    });
    const copied = await isv.client.trpc.isv.authorizations.get.query({
      authorizationId: fpsCopy.authorizationId,
    });
    expect(copied.schedule).toEqual([
      { invoiceDate: inDays(30), isvCents: 50 },
      { invoiceDate: inDays(60), isvCents: 50 },
    ]);
    expect(copied.dimensions.map((d) => [d.key, d.fixedQuantity])).toEqual([['workshop-day', 2]]);

    const customId = (
      await isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId, {
          pricing: { kind: 'custom', wholesaleUnitCents: [1_000, 2_000] },
          availability: { kind: 'until_date', expiresOn: inDays(10) },
        }),
      )
    ).authorizationId;
    // The end date has passed by now, and the product gained a dimension.
    await t.handle.db
      .updateTable('resale_authorizations')
      .set({ ends_on: inDays(-1) })
      .where('id', '=', customId)
      .execute();
    await isv.client.trpc.isv.products.update.mutate({
      productId,
      dimensions: [
        { key: 'assessment', displayName: 'Assessment', description: '', listUnitCents: 2_500_000 },
        {
          key: 'workshop-day',
          displayName: 'Workshop day',
          description: '',
          listUnitCents: 199_999,
        },
        { key: 'report', displayName: 'Report', description: '', listUnitCents: 50_000 },
      ],
    });
    const before = await countRows(t, 'resale_authorizations', 'product_id', productId);
    const refusal = await refusalOf(
      isv.client.trpc.isv.authorizations.clone.mutate({ authorizationId: customId }),
    );
    expect(refusal.data?.issues).toEqual([
      {
        path: ['overrides', 'pricing', 'wholesaleUnitCents'],
        message: 'Enter a wholesale price for each pricing dimension',
      },
      {
        path: ['overrides', 'availability', 'expiresOn'],
        message: 'The end date cannot be in the past',
      },
    ]);
    expect(await countRows(t, 'resale_authorizations', 'product_id', productId)).toBe(before);
    const fixed = await isv.client.trpc.isv.authorizations.clone.mutate({
      authorizationId: customId,
      overrides: {
        pricing: { kind: 'custom', wholesaleUnitCents: [1_000, 2_000, 3_000] },
        availability: { kind: 'until_date', expiresOn: inDays(30) },
      },
    });
    const detail = await isv.client.trpc.isv.authorizations.get.query({
      authorizationId: fixed.authorizationId,
    });
    expect(detail.dimensions.map((d) => [d.key, d.wholesaleUnitCents])).toEqual([
      ['assessment', 1_000],
      ['workshop-day', 2_000],
      ['report', 3_000],
    ]);
  });
});

describe(`authorization status (${t.handle.kind})`, () => {
  it('shows a single-use authorization as used once an offer used it, and an ended one as expired', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const single = (
      await isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId, {
          availability: { kind: 'single_use', expiresOn: null },
        }),
      )
    ).authorizationId;
    const dated = (
      await isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId, {
          availability: { kind: 'until_date', expiresOn: inDays(0) },
        }),
      )
    ).authorizationId;
    const statuses = async () =>
      Object.fromEntries(
        (await reseller.client.trpc.reseller.opportunities.list.query()).items.map((o) => [
          o.id,
          o.status,
        ]),
      );
    expect(await statuses()).toEqual({ [single]: 'active', [dated]: 'active' });
    await t.handle.db
      .updateTable('resale_authorizations')
      .set({ used_by_offer_id: 'offer-usedup0000001' })
      .where('id', '=', single)
      .execute();
    await t.handle.db
      .updateTable('resale_authorizations')
      .set({ ends_on: inDays(-1) })
      .where('id', '=', dated)
      .execute();
    expect(await statuses()).toEqual({ [single]: 'used', [dated]: 'expired' });
    const used = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId: single,
    });
    expect(used.usedByOfferId).toBe('offer-usedup0000001');
    const byStatus = async (status: 'active' | 'used' | 'expired') =>
      (await isv.client.trpc.isv.authorizations.list.query({ status })).items.map((a) => a.id);
    expect(await byStatus('used')).toEqual([single]);
    expect(await byStatus('expired')).toEqual([dated]);
    expect(await byStatus('active')).toEqual([]);
  });
});
