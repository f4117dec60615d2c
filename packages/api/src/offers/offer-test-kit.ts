// Test setup for the seller's offer flow: an ISV with a product, a reseller holding an
// authorization for it (written with the db factories), buyer accounts, and helpers that
// drive the real API as the reseller would.
import { addDays, todayUtc } from '@offerdesk/core';
import type { SellerType } from '@offerdesk/db';
import {
  createAccount,
  createAuthorization,
  createPdfDocument,
  createProduct,
  type TestAccount,
  type TestAuthorizationPricing,
  type TestDimension,
} from '@offerdesk/db/testing';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import type { TestApi, TestClient } from '../testing';
import { refusalOf } from '../testing/trpc-error';

export const today = () => todayUtc(new Date());
export const daysFromToday = (days: number) => addDays(today(), days);

export type ResaleOptions = {
  isvType?: SellerType;
  resellerType?: SellerType;
  dimensions?: TestDimension[];
  pricing?: TestAuthorizationPricing;
  authorization?: Partial<Parameters<typeof createAuthorization>[1]>;
  buyerCount?: number;
};

export type Resale = {
  isv: TestAccount;
  reseller: TestAccount & { client: TestClient };
  buyers: TestAccount[];
  productId: string;
  productName: string;
  authorizationId: string;
  trpc: TestClient['trpc'];
};

export async function setUpResale(t: TestApi, options: ResaleOptions = {}): Promise<Resale> {
  const db = t.handle.db;
  const isv = await createAccount(db, { seller: 'complete', sellerType: options.isvType ?? 'ISV' });
  const reseller = await t.newAccount({
    seller: 'complete',
    sellerType: options.resellerType ?? 'CHANNEL_PARTNER',
  });
  const buyers: TestAccount[] = [];
  for (let i = 0; i < (options.buyerCount ?? 1); i++) buyers.push(await createAccount(db));
  const product = await createProduct(db, isv.accountId, options.dimensions);
  const authorizationId = await createAuthorization(db, {
    isvAccountId: isv.accountId,
    isvUserId: isv.userId,
    resellerAccountId: reseller.accountId,
    productId: product.productId,
    pricing: options.pricing ?? { kind: 'discount', discountPpm: 100_000 },
    ...options.authorization,
  });
  return {
    isv,
    reseller,
    buyers,
    productId: product.productId,
    productName: product.name,
    authorizationId,
    trpc: reseller.client.trpc,
  };
}

/** A draft with buyers, a 10 % markup, quantity 1 per dimension and a date 30 days out. */
export async function createCompleteDraft(
  resale: Resale,
  overrides: {
    markupPpm?: number;
    quantities?: Record<string, number>;
    expirationDate?: string | undefined;
  } = {},
): Promise<string> {
  const { offerId } = await resale.trpc.offers.createDraft.mutate({
    authorizationId: resale.authorizationId,
  });
  const offer = await resale.trpc.offers.get.query({ offerId });
  await resale.trpc.offers.update.mutate({
    offerId,
    buyerAccountIds: resale.buyers.map((b) => b.accountId),
    dimensions: offer.dimensions
      .filter((d) => !d.fixed)
      .map((d) => ({ key: d.key, quantity: overrides.quantities?.[d.key] ?? 1 })),
    pricing: { mode: 'MARKUP', markupPpm: overrides.markupPpm ?? 100_000 },
    expirationDate: overrides.expirationDate ?? daysFromToday(30),
  });
  return offerId;
}

/** A complete draft extended to its buyer and published by the worker. */
export async function publishedOffer(t: TestApi, options: ResaleOptions = {}) {
  const resale = await setUpResale(t, options);
  const offerId = await createCompleteDraft(resale);
  await resale.trpc.offers.extend.mutate({ offerId });
  await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
  return { resale, offerId };
}

/** Adds an additional document row as the upload route would (PDF by default). */
export async function addOfferDocument(
  t: TestApi,
  offerId: string,
  options: { fileName?: string; sha256?: string; position?: number } = {},
): Promise<string> {
  const db = t.handle.db;
  const sha256 = options.sha256 ?? (await createPdfDocument(db));
  const position =
    options.position ??
    Number(
      (
        await db
          .selectFrom('offer_documents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('offer_id', '=', offerId)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const row = await db
    .insertInto('offer_documents')
    .values({
      offer_id: offerId,
      position,
      file_name: options.fileName ?? `Document ${position + 1}.pdf`,
      document_sha256: sha256,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Polls offers.get until the status is reached (or fails after `timeoutMs`). */
export async function waitForStatus(
  trpc: TestClient['trpc'],
  offerId: string,
  status: string,
  timeoutMs = 10_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const offer = await trpc.offers.get.query({ offerId });
    if (offer.status === status) return offer;
    if (Date.now() > deadline) {
      expect.fail(
        `offer ${offerId} is ${offer.status}, expected ${status} (${offer.failureReason})`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Rows that must not exist after a refused extend: no event, no job. */
export async function extendTraces(t: TestApi, offerId: string) {
  const db = t.handle.db;
  const events = await db
    .selectFrom('offer_events')
    .select('kind')
    .where('offer_id', '=', offerId)
    .where('kind', 'in', ['extended', 'published'])
    .execute();
  const jobs = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM pgboss.job WHERE singleton_key = ${offerId}`.execute(db);
  return { events: events.length, jobs: jobs.rows[0]?.n ?? 0 };
}

/** One SPEC §4 rule that extend must refuse: a valid draft, broken the way `breakDraft` says. */
export type ExtendRefusalCase = {
  rule: string;
  options?: ResaleOptions;
  /** The draft's (valid) expiration date before breakDraft; 30 days out by default. */
  expirationDate?: string;
  breakDraft: (resale: Resale, offerId: string) => Promise<unknown>;
  path: (string | number)[];
  message: (resale: Resale) => string;
  code?: string;
};

/**
 * One test per case: extend refuses with the rule's sentence at its path, and writes nothing
 * (the offer stays a DRAFT, no event, no job, the authorization not taken by this offer).
 */
export function itRefusesExtend(t: TestApi, cases: readonly ExtendRefusalCase[]) {
  const db = t.handle.db;
  for (const c of cases) {
    it(`refuses without: ${c.rule}`, async () => {
      const resale = await setUpResale(t, { buyerCount: 1, ...c.options });
      const offerId = await createCompleteDraft(resale, { expirationDate: c.expirationDate });
      await c.breakDraft(resale, offerId);
      const refusal = await refusalOf(resale.trpc.offers.extend.mutate({ offerId }));
      expect(refusal.data?.code).toBe(c.code ?? 'BAD_REQUEST');
      expect(refusal.data?.issues).toContainEqual({ path: c.path, message: c.message(resale) });

      const offer = await resale.trpc.offers.get.query({ offerId });
      expect(offer.status).toBe('DRAFT');
      expect(offer.totals).toBeNull();
      expect(await extendTraces(t, offerId)).toEqual({ events: 0, jobs: 0 });
      const authorization = await db
        .selectFrom('resale_authorizations')
        .select('used_by_offer_id')
        .where('id', '=', resale.authorizationId)
        .executeTakeFirstOrThrow();
      expect(authorization.used_by_offer_id).not.toBe(offerId);
    });
  }
}
