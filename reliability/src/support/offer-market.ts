// The marketplace a process-level check works in: a throwaway database of its own (migrated
// before any server starts), sellers and buyers written with @offerdesk/db/testing's factories,
// and offers drafted, extended and accepted through the real API as the consoles do it.
import { hashPassword } from '@offerdesk/api';
import { addDays, todayUtc } from '@offerdesk/core';
import { connect, type Database, type DbHandle, type Kysely, migrateToLatest } from '@offerdesk/db';
import {
  createAccount,
  createAuthorization,
  createProduct,
  type TestAccount,
} from '@offerdesk/db/testing';
import { HttpSession, throwawayPostgres } from '@offerdesk/harness';
import { inPool, waitFor } from './waiting';

const PASSWORD = 'reliability check password';
// Cheap argon2id parameters live in the hash, so signing in with it is quick too.
let passwordHash: Promise<string> | null = null;
const cheapHash = () => {
  passwordHash ??= hashPassword(PASSWORD, { memoryCost: 1024, timeCost: 1 });
  return passwordHash;
};

export type CheckDatabase = {
  url: string;
  handle: DbHandle;
  db: Kysely<Database>;
  drop(): Promise<void>;
};

/** A new database beside `adminUrl`'s, migrated, with a small pool of the check's own. */
export async function openCheckDatabase(adminUrl: string, prefix: string): Promise<CheckDatabase> {
  const database = await throwawayPostgres(adminUrl, prefix);
  const handle = await connect({ databaseUrl: database.url, poolSize: 4 });
  await migrateToLatest(handle.db);
  return {
    url: database.url,
    handle,
    db: handle.db,
    async drop() {
      await handle.close();
      await database.drop();
    },
  };
}

export type Market = { isv: TestAccount; reseller: TestAccount; authorizationId: string };

/** An ISV with a product, and a reseller holding an open-ended 10 % discount authorization. */
export async function seedMarket(db: Kysely<Database>): Promise<Market> {
  const passwordHash = await cheapHash();
  const isv = await createAccount(db, { seller: 'complete', sellerType: 'ISV', passwordHash });
  const reseller = await createAccount(db, { seller: 'complete', passwordHash });
  const product = await createProduct(db, isv.accountId);
  const authorizationId = await createAuthorization(db, {
    isvAccountId: isv.accountId,
    isvUserId: isv.userId,
    resellerAccountId: reseller.accountId,
    productId: product.productId,
    pricing: { kind: 'discount', discountPpm: 100_000 },
  });
  return { isv, reseller, authorizationId };
}

export async function createBuyers(db: Kysely<Database>, count: number): Promise<TestAccount[]> {
  const passwordHash = await cheapHash();
  const buyers: TestAccount[] = [];
  for (let i = 0; i < count; i++) buyers.push(await createAccount(db, { passwordHash }));
  return buyers;
}

/** A browser signed in as the account's user (through auth.login, as the consoles do). */
export async function signIn(baseUrl: string, account: TestAccount): Promise<HttpSession> {
  const session = new HttpSession(baseUrl);
  const answer = await session.signIn(account.email, PASSWORD);
  if (answer.status !== 200) {
    throw new Error(`sign-in as ${account.email}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return session;
}

/** The same signed-in browser talking to another server process of the same deployment. */
export function sameSessionOn(session: HttpSession, baseUrl: string): HttpSession {
  const other = new HttpSession(baseUrl);
  for (const [name, value] of session.cookies) other.cookies.set(name, value);
  return other;
}

/** A complete draft: the buyers, quantity 1, a 10 % markup, expiring in 30 days. */
export async function draftOffer(
  reseller: HttpSession,
  market: Market,
  buyerIds: string[],
  updater: HttpSession = reseller,
): Promise<string> {
  const { offerId } = await reseller.call<{ offerId: string }>('offers.createDraft', {
    authorizationId: market.authorizationId,
  });
  await updater.call('offers.update', {
    offerId,
    buyerAccountIds: buyerIds,
    dimensions: [{ key: 'unit', quantity: 1 }],
    pricing: { mode: 'MARKUP', markupPpm: 100_000 },
    expirationDate: addDays(todayUtc(new Date()), 30),
  });
  return offerId;
}

export async function extendOffer(reseller: HttpSession, offerId: string): Promise<void> {
  await reseller.call('offers.extend', { offerId });
}

/** Polls the database until every offer has `status`; throws naming those that did not. */
export async function waitForStatus(
  db: Kysely<Database>,
  offerIds: string[],
  status: string,
  timeoutMs: number,
): Promise<void> {
  let missing = offerIds;
  await waitFor(
    `${offerIds.length} offers to be ${status}`,
    async () => {
      if (missing.length === 0) return true;
      const rows = await db
        .selectFrom('offers')
        .select(['id', 'status'])
        .where('id', 'in', missing)
        .execute();
      missing = missing.filter((id) => rows.find((row) => row.id === id)?.status !== status);
      return missing.length === 0;
    },
    timeoutMs,
    200,
  ).catch((error: Error) => {
    throw new Error(`${error.message}; not yet: ${missing.slice(0, 5).join(', ')}`);
  });
}

/** `count` complete drafts to `buyerIds`, a few at a time. */
export function draftOffers(
  reseller: HttpSession,
  market: Market,
  count: number,
  buyerIds: string[],
): Promise<string[]> {
  return inPool(Array.from({ length: count }), 4, () => draftOffer(reseller, market, buyerIds));
}

/** Extends the drafts a few at a time and waits until all are PUBLISHED. */
export async function extendAll(
  reseller: HttpSession,
  db: Kysely<Database>,
  offerIds: string[],
): Promise<void> {
  await inPool(offerIds, 4, (offerId) => extendOffer(reseller, offerId));
  await waitForStatus(db, offerIds, 'PUBLISHED', 300_000);
}

/** `count` offers to `buyerIds`, drafted, extended, then PUBLISHED. */
export async function publishOffers(
  reseller: HttpSession,
  market: Market,
  db: Kysely<Database>,
  count: number,
  buyerIds: string[],
): Promise<string[]> {
  const offerIds = await draftOffers(reseller, market, count, buyerIds);
  await extendAll(reseller, db, offerIds);
  return offerIds;
}

/** What the buyer's accept call sends: consent and the SHA-256 of the PDF it was shown. */
export async function acceptInput(buyer: HttpSession, offerId: string) {
  const offer = await buyer.get<{ combinedPdf: { sha256: string } }>('buyer.offers.get', {
    offerId,
  });
  return { offerId, eulaConsent: true, eulaSha256: offer.combinedPdf.sha256 };
}

/** A tRPC answer's agreement ID, or null when the call was refused. */
export function agreementIdOf(answer: { status: number; body: unknown }): string | null {
  if (answer.status !== 200) return null;
  const id = (answer.body as { result?: { data?: { id?: unknown } } }).result?.data?.id;
  return typeof id === 'string' ? id : null;
}

/** A refused tRPC answer's code (e.g. PRECONDITION_FAILED), or null. */
export function errorCodeOf(answer: { body: unknown }): string | null {
  const code = (answer.body as { error?: { data?: { code?: unknown } } } | null)?.error?.data?.code;
  return typeof code === 'string' ? code : null;
}

export type PublishedOffer = { offerId: string; sha256: string };

/** The offers with the SHA-256 of their stored PDF (what an accept must send). */
export async function withPdfHashes(
  db: Kysely<Database>,
  offerIds: string[],
): Promise<PublishedOffer[]> {
  const offers = await db
    .selectFrom('offers')
    .select(['id', 'combined_pdf_sha256'])
    .where('id', 'in', offerIds)
    .execute();
  return offers.map((offer) => ({ offerId: offer.id, sha256: offer.combined_pdf_sha256 ?? '' }));
}
