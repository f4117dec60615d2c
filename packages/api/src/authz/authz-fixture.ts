// The authorization matrix's world (SPEC §12), built once per database through the real API:
// an ISV with a product and its EULA, a reseller holding an authorization for it (contract
// accepted), two offers PUBLISHED to one buyer account (which accepted the second one, so there
// is an agreement and its invoice), a draft with a document, and accounts that have nothing to
// do with any of it. Calls go over raw HTTP so every answer can be compared byte for byte.
// Built on any running server (TestWorld): the vitest matrix's in-process one, or the
// reliability suite's real server process on PostgreSQL.
import type { AnyProcedure, inferProcedureInput } from '@trpc/server';
import { samplePdf } from '../documents/testing/sample-pdfs';
import {
  discountAuthorization,
  inDays,
  newIsvWithProduct,
  type Seller,
} from '../isv/test-fixtures';
import type { AppRouter } from '../root';
import type { TestClient } from '../testing/test-client';
import type { TestWorld } from '../testing/test-world';

export const ROLES = [
  'anonymous',
  'otherBuyer',
  'targetedBuyer',
  'otherSeller',
  'owningReseller',
  'owningIsv',
] as const;
export type Role = (typeof ROLES)[number];
export type SignedInRole = Exclude<Role, 'anonymous'>;

/** What a call ends with: 'OK', or the tRPC error code. */
export type Outcome =
  | 'OK'
  | 'UNAUTHORIZED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_REQUEST'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED';

// Every procedure's dotted path with its input type, from the router's own type: a table keyed
// by ProcedurePath fails to compile when a procedure has no row, before the run-time check does.
type Flatten<R, Prefix extends string = ''> = {
  [K in keyof R & string]: R[K] extends AnyProcedure
    ? { path: `${Prefix}${K}`; input: inferProcedureInput<R[K]> }
    : Flatten<R[K], `${Prefix}${K}.`>;
}[keyof R & string];
type ProcedureEntry = Flatten<AppRouter['_def']['record']>;
export type ProcedurePath = ProcedureEntry['path'];
export type InputOf<P extends ProcedurePath> = Extract<ProcedureEntry, { path: P }>['input'];

export type Scenario = {
  t: TestWorld;
  clients: Record<Role, TestClient>;
  accounts: Record<SignedInRole, Seller>;
  productId: string;
  eulaSha256: string;
  authorizationId: string;
  /** PUBLISHED to the targeted buyer, not accepted. */
  published: { offerId: string; expirationDate: string; combinedPdfSha256: string };
  /** PUBLISHED to the targeted buyer, who accepted it. */
  accepted: { offerId: string; combinedPdfSha256: string };
  agreementId: string;
  invoiceId: string;
  /** A DRAFT that names the targeted buyer, with one uploaded document. */
  draft: { offerId: string; documentId: string };
  buyerNotificationId: string;
  sellerNotificationId: string;
};

/** SPEC §3 example 2 on the scenario's product, to `buyerAccountIds`, 30 days out. */
export async function fillDraft(
  reseller: TestClient,
  offerId: string,
  buyerAccountIds: string[],
): Promise<void> {
  await reseller.trpc.offers.update.mutate({
    offerId,
    buyerAccountIds,
    dimensions: [
      { key: 'assessment', quantity: 1 },
      { key: 'workshop-day', quantity: 3 },
    ],
    pricing: { mode: 'MARKUP', markupPpm: 72_500 },
    expirationDate: inDays(30),
  });
}

/** Polls offers.get until the publish job has run (or throws after `timeoutMs`). */
export async function waitForPublished(reseller: TestClient, offerId: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const offer = await reseller.trpc.offers.get.query({ offerId });
    if (offer.status === 'PUBLISHED') return offer;
    if (Date.now() > deadline) throw new Error(`${offerId} is ${offer.status}, not PUBLISHED`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function publishOffer(reseller: TestClient, authorizationId: string, buyerAccountId: string) {
  const { offerId } = await reseller.trpc.offers.createDraft.mutate({ authorizationId });
  await fillDraft(reseller, offerId, [buyerAccountId]);
  await reseller.trpc.offers.extend.mutate({ offerId });
  const offer = await waitForPublished(reseller, offerId);
  const { expirationDate, combinedPdfSha256 } = offer;
  if (!expirationDate || !combinedPdfSha256) throw new Error(`${offerId} published without terms`);
  return { offerId, expirationDate, combinedPdfSha256 };
}

/** Uploads a small text document to a draft as the reseller; returns its ID. */
export async function uploadTextDocument(
  reseller: TestClient,
  offerId: string,
  text = 'Scope notes for the authorization matrix.',
): Promise<string> {
  const response = await reseller.fetchRaw(`/files/offers/${offerId}/documents`, {
    method: 'POST',
    headers: { 'x-file-name': 'Scope notes.txt' },
    body: text,
  });
  if (response.status !== 201)
    throw new Error(`upload: ${response.status} ${await response.text()}`);
  const { document } = (await response.json()) as { document: { id: string } };
  return document.id;
}

async function firstNotificationId(
  list: () => Promise<{ items: { id: string; offerId: string | null }[] }>,
  offerId: string,
): Promise<string> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = (await list()).items.find((n) => n.offerId === offerId);
    if (found) return found.id;
    if (Date.now() > deadline) throw new Error(`no notification about ${offerId}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export async function buildScenario(t: TestWorld): Promise<Scenario> {
  const { isv, productId, eulaSha256 } = await newIsvWithProduct(t);
  const reseller = await t.newAccount({ seller: 'complete' });
  const targetedBuyer = await t.newAccount();
  const otherBuyer = await t.newAccount();
  const otherSeller = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
  const anonymous = t.anonymous();
  await anonymous.trpc.auth.me.query(); // as the SPA does on load: the CSRF cookie

  const { authorizationId } = await isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(productId, reseller.accountId),
  );
  await reseller.client.trpc.reseller.acceptContract.mutate({ authorizationId });

  const published = await publishOffer(reseller.client, authorizationId, targetedBuyer.accountId);
  const accepted = await publishOffer(reseller.client, authorizationId, targetedBuyer.accountId);
  const agreement = await targetedBuyer.client.trpc.buyer.offers.accept.mutate({
    offerId: accepted.offerId,
    eulaConsent: true,
    eulaSha256: accepted.combinedPdfSha256,
  });
  const invoices = await targetedBuyer.client.trpc.buyer.invoices.list.query({});
  const invoice = invoices.items.find((i) => i.agreementId === agreement.id);
  if (!invoice) throw new Error(`no invoice for ${agreement.id}`);

  const { offerId: draftId } = await reseller.client.trpc.offers.createDraft.mutate({
    authorizationId,
  });
  await fillDraft(reseller.client, draftId, [targetedBuyer.accountId]);
  const documentId = await uploadTextDocument(reseller.client, draftId);

  const buyerNotificationId = await firstNotificationId(
    () => targetedBuyer.client.trpc.buyer.notifications.list.query({}),
    published.offerId,
  );
  const sellerNotificationId = await firstNotificationId(
    () => reseller.client.trpc.notifications.list.query({}),
    published.offerId,
  );

  const accounts = {
    otherBuyer,
    targetedBuyer,
    otherSeller,
    owningReseller: reseller,
    owningIsv: isv,
  };
  return {
    t,
    accounts,
    clients: {
      anonymous,
      otherBuyer: otherBuyer.client,
      targetedBuyer: targetedBuyer.client,
      otherSeller: otherSeller.client,
      owningReseller: reseller.client,
      owningIsv: isv.client,
    },
    productId,
    eulaSha256,
    authorizationId,
    published,
    accepted: { offerId: accepted.offerId, combinedPdfSha256: accepted.combinedPdfSha256 },
    agreementId: agreement.id,
    invoiceId: invoice.id,
    draft: { offerId: draftId, documentId },
    buyerNotificationId,
    sellerNotificationId,
  };
}

export type RawAnswer = {
  status: number;
  outcome: Outcome | string;
  contentType: string | null;
  body: string;
};

/** One procedure call as the SPAs make it (query: GET ?input=, mutation: POST JSON body). */
export async function callProcedure(
  client: TestClient,
  path: string,
  type: 'query' | 'mutation',
  input: unknown,
): Promise<RawAnswer> {
  const encoded = input === undefined ? '' : JSON.stringify(input);
  const response =
    type === 'query'
      ? await client.fetchRaw(
          `/trpc/${path}${encoded ? `?input=${encodeURIComponent(encoded)}` : ''}`,
        )
      : await client.fetchRaw(`/trpc/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          ...(encoded ? { body: encoded } : {}),
        });
  const body = await response.text();
  let outcome: string = 'OK';
  if (!response.ok) {
    const parsed = JSON.parse(body) as { error?: { data?: { code?: string } } };
    outcome = parsed.error?.data?.code ?? `HTTP ${response.status}`;
  }
  return {
    status: response.status,
    outcome,
    contentType: response.headers.get('content-type'),
    body,
  };
}

/** A small one-page PDF (an EULA or a contract upload). */
export const smallPdf = () => samplePdf('Authorization matrix test document');
