import { randomUUID } from 'node:crypto';
import type { OfferStatus } from '@offerdesk/db';
import { createPdfDocument, randomIds } from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import {
  discountAuthorization,
  inDays,
  insertAgreementWithInvoices,
  newIsvWithProduct,
  type Seller,
} from '../isv/test-fixtures';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';

const t = await startTestApi();
afterEach(() => t.setClock(null));

type Listing = Awaited<ReturnType<typeof newIsvWithProduct>> & {
  reseller: Seller;
  authorizationId: string;
};

async function listing(): Promise<Listing> {
  const product = await newIsvWithProduct(t);
  const reseller = await t.newAccount({ seller: 'complete' });
  const { authorizationId } = await product.isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(product.productId, reseller.accountId),
  );
  return { ...product, reseller, authorizationId };
}

/** An offer on the listing's product written straight to the database, in the given state. */
async function insertOffer(
  l: Listing,
  options: { buyers: string[]; status?: OfferStatus; expirationDate?: string },
): Promise<string> {
  const id = randomIds.offer();
  const status = options.status ?? 'PUBLISHED';
  const published = status === 'PUBLISHED' || status === 'CANCELLED';
  const pdf = published ? await createPdfDocument(t.handle.db) : null;
  await t.handle.db.transaction().execute(async (tx) => {
    await tx
      .insertInto('offers')
      .values({
        id,
        reseller_account_id: l.reseller.accountId,
        isv_account_id: l.isv.accountId,
        authorization_id: l.authorizationId,
        product_id: l.productId,
        name: `Offer - ${l.productName}`,
        status,
        pricing_mode: 'MARKUP',
        markup_ppm: 0,
        expiration_date: options.expirationDate ?? inDays(30),
        combined_pdf_sha256: pdf,
        failure_reason: null,
        isv_total_cents: null,
        buyer_total_cents: null,
        reseller_total_cents: null,
        created_by_user_id: l.reseller.userId,
        extended_at: status === 'DRAFT' ? null : sql<Date>`now()`,
        published_at: published ? sql<Date>`now()` : null,
        cancelled_at: status === 'CANCELLED' ? sql<Date>`now()` : null,
      })
      .execute();
    await tx
      .insertInto('offer_buyers')
      .values(
        options.buyers.map((b, position) => ({ offer_id: id, buyer_account_id: b, position })),
      )
      .execute();
  });
  return id;
}

describe(`catalog.products.list (${t.handle.kind})`, () => {
  it('lists products with a EULA, with the seller public name, searching name and description', async () => {
    const l = await listing();
    const token = l.isv.accountId;
    await l.isv.client.trpc.isv.products.create.mutate({
      name: `Draft listing ${token}`,
      description: '',
      dimensions: [{ displayName: 'Day', description: '', listUnitCents: 100 }],
    });
    const eulaSha256 = await createPdfDocument(t.handle.db);
    const { productId: second } = await l.isv.client.trpc.isv.products.create.mutate({
      name: 'Managed services',
      description: `Round-the-clock operations, reference ${token}-OPS`,
      dimensions: [{ displayName: 'Month', description: '', listUnitCents: 500_000 }],
      eulaSha256,
    });
    const anonymous = t.anonymous();
    const found = await anonymous.trpc.catalog.products.list.query({ search: token });
    expect(found.items.map((p) => [p.id, p.seller.publicName, p.dimensionCount])).toEqual([
      [second, l.isv.name, 1],
      [l.productId, l.isv.name, 2],
    ]);
    const byDescription = await anonymous.trpc.catalog.products.list.query({
      search: `${token}-ops`,
    });
    expect(byDescription.items.map((p) => p.id)).toEqual([second]);
    const page = await anonymous.trpc.catalog.products.list.query({ search: token, limit: 1 });
    const next = await anonymous.trpc.catalog.products.list.query({
      search: token,
      limit: 1,
      cursor: page.nextCursor,
    });
    expect([...page.items, ...next.items].map((p) => p.id)).toEqual([second, l.productId]);
    expect(next.nextCursor).toBeNull();
    // A "%" is searched for literally, not as a wildcard.
    expect(
      (await anonymous.trpc.catalog.products.list.query({ search: `${token}%` })).items,
    ).toEqual([]);
  });
});

describe(`catalog.products.get (${t.handle.kind})`, () => {
  it('shows the product and its list prices to anyone, without a private offer', async () => {
    const l = await listing();
    const product = await t.anonymous().trpc.catalog.products.get.query({ productId: l.productId });
    expect(product).toEqual({
      id: l.productId,
      name: l.productName,
      description: 'A fixed-scope assessment and migration plan.',
      seller: { publicName: l.isv.name },
      dimensions: [
        {
          key: 'assessment',
          displayName: 'Assessment',
          description: 'Discovery and migration plan',
          listUnitCents: 2_500_000,
        },
        {
          key: 'workshop-day',
          displayName: 'Workshop day',
          description: 'One day on site',
          listUnitCents: 199_999,
        },
      ],
      hasPrivateOffer: false,
      privateOfferIds: [],
    });
  });

  it('refuses a malformed product ID at productId, and answers NOT_FOUND for an unknown one', async () => {
    const client = t.anonymous();
    const malformed = await refusalOf(client.trpc.catalog.products.get.query({ productId: 'abc' }));
    expect(malformed.data?.code).toBe('BAD_REQUEST');
    expect(malformed.data?.issues).toEqual([
      {
        path: ['productId'],
        message: 'This is not a product ID (a UUID like f2a79680-451b-44c4-938a-9feda0c400a5)',
      },
    ]);
    const unknown = await refusalOf(
      client.trpc.catalog.products.get.query({ productId: randomUUID() }),
    );
    expect(unknown.data?.code).toBe('NOT_FOUND');
    // A product whose EULA is not uploaded yet is not listed.
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const { productId } = await isv.client.trpc.isv.products.create.mutate({
      name: 'Unlisted',
      description: '',
      dimensions: [{ displayName: 'Day', description: '', listUnitCents: 100 }],
    });
    const unlisted = await refusalOf(client.trpc.catalog.products.get.query({ productId }));
    expect(unlisted.data?.code).toBe('NOT_FOUND');
  });

  it('tells only a targeted signed-in account of a PUBLISHED, unexpired offer that it has one', async () => {
    const l = await listing();
    const targeted = await t.newAccount();
    const coBuyer = await t.newAccount();
    const bystander = await t.newAccount();
    const offerId = await insertOffer(l, { buyers: [coBuyer.accountId, targeted.accountId] });
    // Offers the targeted account cannot accept: not published, cancelled, expired, or to others.
    await insertOffer(l, { buyers: [targeted.accountId], status: 'DRAFT' });
    await insertOffer(l, { buyers: [targeted.accountId], status: 'PUBLISHING' });
    await insertOffer(l, { buyers: [targeted.accountId], status: 'CANCELLED' });
    await insertOffer(l, { buyers: [targeted.accountId], expirationDate: inDays(-1) });
    await insertOffer(l, { buyers: [bystander.accountId], status: 'DRAFT' });

    const view = (client: Seller['client']) =>
      client.trpc.catalog.products.get.query({ productId: l.productId });
    for (const client of [targeted.client, coBuyer.client]) {
      expect(await view(client)).toMatchObject({
        hasPrivateOffer: true,
        privateOfferIds: [offerId],
      });
    }
    for (const client of [bystander.client, l.reseller.client, l.isv.client, t.anonymous()]) {
      const seen = await view(client);
      expect(seen.hasPrivateOffer).toBe(false);
      expect(seen.privateOfferIds).toEqual([]);
    }
  });

  it('stops at the expiry instant, 00:00 UTC after the expiration date', async () => {
    const l = await listing();
    const buyer = await t.newAccount();
    const expirationDate = inDays(10);
    await insertOffer(l, { buyers: [buyer.accountId], expirationDate });
    const view = () => buyer.client.trpc.catalog.products.get.query({ productId: l.productId });
    t.setClock(fixedClock(`${expirationDate}T23:59:59.999Z`));
    expect((await view()).hasPrivateOffer).toBe(true);
    t.setClock(fixedClock(`${inDays(11)}T00:00:00.000Z`));
    expect((await view()).hasPrivateOffer).toBe(false);
  });

  it('no longer shows an offer the account has accepted', async () => {
    const l = await listing();
    const buyer = await t.newAccount();
    const offerId = await insertOffer(l, { buyers: [buyer.accountId] });
    await insertAgreementWithInvoices(t, {
      id: randomIds.agreement(),
      offer_id: offerId,
      buyer_account_id: buyer.accountId,
      reseller_account_id: l.reseller.accountId,
      isv_account_id: l.isv.accountId,
      product_id: l.productId,
      offer_name: 'Accepted',
      accepted_by_user_id: buyer.userId,
      accepted_at: new Date(),
      eula_sha256: l.eulaSha256,
      terms: JSON.stringify({}),
      isv_total_cents: 0,
      buyer_total_cents: 0,
      reseller_total_cents: 0,
    });
    const seen = await buyer.client.trpc.catalog.products.get.query({ productId: l.productId });
    expect(seen).toMatchObject({ hasPrivateOffer: false, privateOfferIds: [] });
  });
});
