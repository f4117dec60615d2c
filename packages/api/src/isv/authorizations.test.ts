import { createPdfDocument } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { startAuthorizationSuite } from './authorization-test-kit';
import {
  discountAuthorization,
  fpsAvailability as fps,
  inDays,
  newIsvWithProduct,
  scheduleTerms as schedule,
} from './test-fixtures';

const { t, isvAndReseller } = await startAuthorizationSuite();

describe(`isv.authorizations.create (${t.handle.kind})`, () => {
  it('grants a discount authorization the reseller sees with wholesale prices (SPEC §3 example 2)', async () => {
    const { isv, productId, productName, eulaSha256, reseller } = await isvAndReseller();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId, { buyerAccountIds: [] }),
    );
    expect(authorizationId).toMatch(/^resaleauthz-[a-z0-9]{13}$/);
    const detail = await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    expect(detail).toMatchObject({
      id: authorizationId,
      status: 'active',
      product: { id: productId, name: productName },
      isv: { accountId: isv.accountId, name: isv.name },
      reseller: { accountId: reseller.accountId },
      pricing: { kind: 'discount', label: '15.50 % off list', discountPpm: 155_000 },
      contract: { kind: 'standard', acceptedAt: null, sha256: null },
      eula: { sha256: eulaSha256, fileName: 'EULA.pdf' },
      availability: 'until_deactivated',
      endsOn: null,
      schedule: [],
      scheduleIsvTotalCents: null,
    });
    expect(detail.dimensions.map((d) => [d.key, d.listUnitCents, d.wholesaleUnitCents])).toEqual([
      ['assessment', 2_500_000, 2_112_500],
      ['workshop-day', 199_999, 168_999],
    ]);
    const asIsv = await isv.client.trpc.isv.authorizations.get.query({ authorizationId });
    expect(asIsv.dimensions).toEqual(detail.dimensions);
    const list = await isv.client.trpc.isv.authorizations.list.query({ productId });
    expect(list.items.map((a) => a.id)).toEqual([authorizationId]);
  });

  it('grants custom prices per dimension, above list price too', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId, {
        pricing: { kind: 'custom', wholesaleUnitCents: [1_000_000, 250_000] },
        contract: { kind: 'none' },
      }),
    );
    const detail = await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    expect(detail.pricing.label).toBe('Custom price');
    expect(detail.dimensions.map((d) => [d.listUnitCents, d.wholesaleUnitCents])).toEqual([
      [2_500_000, 1_000_000],
      [199_999, 250_000],
    ]);
  });

  it('grants a payment schedule on the chosen dimension, single use with an end date', async () => {
    const { isv, productId, reseller } = await isvAndReseller();
    const contract = await createPdfDocument(t.handle.db);
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId, {
        pricing: schedule({ quantity: 3 }),
        availability: fps,
        contract: { kind: 'custom', sha256: contract, fileName: 'Northwind terms.pdf' },
      }),
    );
    const detail = await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    expect(detail).toMatchObject({
      pricing: { kind: 'schedule', label: 'Payment schedule', discountPpm: null },
      availability: 'single_use',
      endsOn: inDays(20),
      contract: { kind: 'custom', sha256: contract, fileName: 'Northwind terms.pdf' },
      schedule: [
        { invoiceDate: inDays(30), isvCents: 50 },
        { invoiceDate: inDays(60), isvCents: 50 },
      ],
      scheduleIsvTotalCents: 100,
    });
    expect(detail.dimensions).toEqual([
      {
        key: 'workshop-day',
        displayName: 'Workshop day',
        description: 'One day on site',
        listUnitCents: 199_999,
        wholesaleUnitCents: null,
        fixedQuantity: 3,
      },
    ]);
  });

  it('takes the only dimension of a one-dimension product for a schedule', async () => {
    const { isv, productId } = await newIsvWithProduct(t, [
      {
        displayName: 'Pricing dimension 1',
        description: 'Pricing dimension 1',
        listUnitCents: 100,
      },
    ]);
    const reseller = await t.newAccount({ seller: 'complete' });
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId, {
        pricing: schedule({ dimensionKey: null }),
        availability: fps,
      }),
    );
    const detail = await isv.client.trpc.isv.authorizations.get.query({ authorizationId });
    expect(detail.dimensions.map((d) => [d.key, d.fixedQuantity])).toEqual([
      ['pricing-dimension-1', 1],
    ]);
  });
});

describe(`authorizations snapshot the product (${t.handle.kind})`, () => {
  it('keeps name, list prices and EULA when the product is edited afterwards', async () => {
    const { isv, productId, productName, eulaSha256, reseller } = await isvAndReseller();
    const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId),
    );
    const before = await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    const newEula = await createPdfDocument(t.handle.db);
    await isv.client.trpc.isv.products.update.mutate({
      productId,
      name: 'Renamed',
      eulaSha256: newEula,
      dimensions: [
        { key: 'assessment', displayName: 'Assessment', description: '', listUnitCents: 3_000_000 },
      ],
    });
    const after = await reseller.client.trpc.reseller.opportunities.get.query({ authorizationId });
    expect(after).toEqual(before);
    expect(after.product.name).toBe(productName);
    expect(after.eula.sha256).toBe(eulaSha256);
    expect(after.dimensions.map((d) => [d.listUnitCents, d.wholesaleUnitCents])).toEqual([
      [2_500_000, 2_112_500],
      [199_999, 168_999],
    ]);
    // A new authorization takes the product as it is now.
    const { authorizationId: fresh } = await isv.client.trpc.isv.authorizations.create.mutate(
      discountAuthorization(productId, reseller.accountId),
    );
    const now = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId: fresh,
    });
    expect(now.product.name).toBe('Renamed');
    expect(now.dimensions.map((d) => d.listUnitCents)).toEqual([3_000_000]);
  });
});
