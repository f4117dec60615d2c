// The authorization matrix (SPEC §12, issue 3): every procedure × anonymous / other buyer /
// targeted buyer / other seller / owning reseller / owning ISV, with the outcome each must get,
// and the file routes beside tRPC × the same roles. The procedures are listed from the router
// at run time: one without a row fails with its name. A row the caller may not see is
// NOT_FOUND (never FORBIDDEN), and reads exactly like a row that does not exist.
import { randomIds } from '@offerdesk/db/testing';
import type { AnyProcedure } from '@trpc/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { discountAuthorization } from '../isv/test-fixtures';
import { waitForStatus } from '../offers/offer-test-kit';
import { CSV_REPORTS } from '../reports/report-csv-tables';
import { appRouter } from '../root';
import { startTestApi, TEST_PASSWORD, type TestClient } from '../testing';
import {
  buildScenario,
  callProcedure,
  fillDraft,
  type InputOf,
  type Outcome,
  type ProcedurePath,
  type RawAnswer,
  ROLES,
  type Role,
  type Scenario,
  smallPdf,
  uploadTextDocument,
} from './authz-fixture';

const OK = 'OK';
const UN = 'UNAUTHORIZED';
const NF = 'NOT_FOUND';
const PF = 'PRECONDITION_FAILED';

/** One outcome per role, in ROLES order: anon, other buyer, targeted buyer, other seller, reseller, ISV. */
type Expected = readonly [Outcome, Outcome, Outcome, Outcome, Outcome, Outcome];

type Row<P extends ProcedurePath> = {
  expect: Expected;
  /** The input each role sends; built per call, so a destructive call gets its own row. */
  input?: (s: Scenario, role: Role) => InputOf<P> | Promise<InputOf<P>>;
  /** A client other than the role's own (sign-in and sign-out use a second session). */
  client?: (s: Scenario, role: Role) => Promise<TestClient>;
};

type Matrix = { [P in ProcedurePath]: Row<P> };

/** A second session for the role's user (or a fresh browser for anonymous). */
async function secondSession(s: Scenario, role: Role): Promise<TestClient> {
  if (role !== 'anonymous') return s.t.signIn(s.accounts[role].email);
  const client = s.t.anonymous();
  await client.trpc.auth.me.query();
  return client;
}

const reseller = (s: Scenario) => s.clients.owningReseller.trpc;

/** A throwaway PUBLISHED offer of the owning reseller, for calls that end it. */
async function throwawayPublishedOffer(s: Scenario): Promise<string> {
  const { offerId } = await reseller(s).offers.createDraft.mutate({
    authorizationId: s.authorizationId,
  });
  await fillDraft(s.clients.owningReseller, offerId, [s.accounts.targetedBuyer.accountId]);
  await reseller(s).offers.extend.mutate({ offerId });
  await waitForStatus(reseller(s), offerId, 'PUBLISHED');
  return offerId;
}

const published = (s: Scenario) => ({ offerId: s.published.offerId });
const draft = (s: Scenario) => ({ offerId: s.draft.offerId });

// biome-ignore format: the table's columns are aligned by hand
const MATRIX: Matrix = {
  // expect: [anonymous, other buyer, targeted buyer, other seller, owning reseller, owning ISV]
  health:                                  { expect: [OK, OK, OK, OK, OK, OK] },
  'auth.me':                               { expect: [OK, OK, OK, OK, OK, OK] },
  'auth.login': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    client: secondSession,
    input: (s, role) => ({
      email: s.accounts[role === 'anonymous' ? 'otherBuyer' : role].email,
      password: TEST_PASSWORD,
    }),
  },
  'auth.logout':                           { expect: [OK, OK, OK, OK, OK, OK], client: secondSession },
  'catalog.products.list':                 { expect: [OK, OK, OK, OK, OK, OK], input: () => ({}) },
  'catalog.products.get': {
    expect:                                          [OK, OK, OK, OK, OK, OK],
    input: (s) => ({ productId: s.productId }),
  },

  'buyer.offers.list': {
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: () => ({ tab: 'available' }),
  },
  'buyer.offers.get':                      { expect: [UN, NF, OK, NF, NF, NF], input: published },
  'buyer.offers.findById':                 { expect: [UN, NF, OK, NF, NF, NF], input: published },
  'buyer.offers.accept': {
    // The accepted offer: accepting again returns the agreement, so the row changes nothing.
    expect:                                          [UN, NF, OK, NF, NF, NF],
    input: (s) => ({
      offerId: s.accepted.offerId,
      eulaConsent: true,
      eulaSha256: s.accepted.combinedPdfSha256,
    }),
  },
  'buyer.agreements.list':                 { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.invoices.list':                   { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.invoices.pay': {
    // Paying again returns the one payment.
    expect:                                          [UN, NF, OK, NF, NF, NF],
    input: (s) => ({ invoiceId: s.invoiceId }),
  },
  'buyer.notifications.list':              { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'buyer.notifications.markRead': {
    // Another account's notification IDs match nothing: allowed, and nothing is marked.
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: (s) => ({ notificationIds: [s.buyerNotificationId] }),
  },

  'isv.products.list':                     { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'isv.products.get': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ productId: s.productId }),
  },
  'isv.products.create': {
    // Buyers have no seller registration; any registered seller may create its own product.
    expect:                                          [UN, PF, PF, OK, OK, OK],
    input: (s, role) => ({
      name: `Matrix product of ${role}`,
      description: 'Made by the authorization matrix.',
      dimensions: [{ displayName: 'Unit', description: '', listUnitCents: 100_000 }],
      eulaSha256: s.eulaSha256,
    }),
  },
  'isv.products.update': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ productId: s.productId, description: 'Edited by the authorization matrix.' }),
  },
  'isv.authorizations.list':               { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'isv.authorizations.get': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'isv.authorizations.create': {
    expect:                                          [UN, PF, PF, NF, NF, OK],
    input: (s) => discountAuthorization(s.productId, s.accounts.owningReseller.accountId),
  },
  'isv.authorizations.deactivate': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: async (s) =>
      s.clients.owningIsv.trpc.isv.authorizations.create.mutate(
        discountAuthorization(s.productId, s.accounts.owningReseller.accountId),
      ),
  },
  'isv.authorizations.clone': {
    expect:                                          [UN, NF, NF, NF, NF, OK],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'isv.agreements.list':                   { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },

  'reseller.opportunities.list':           { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reseller.opportunities.get': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'reseller.acceptContract': {
    // Accepting again returns the first acceptance.
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },

  'agreements.list':                       { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'agreements.get': {
    // The seller side: the buyer reads its agreement through buyer.agreements.
    expect:                                          [UN, NF, NF, NF, OK, OK],
    input: (s) => ({ agreementId: s.agreementId }),
  },
  'invoices.list':                         { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'disbursements.list':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.offersByStatus':                { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.acceptance':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.revenueByMonth':                { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'reports.upcomingDisbursements':         { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'settings.get':                          { expect: [UN, OK, OK, OK, OK, OK] },
  'settings.update': {
    // Each caller sets its own account's preference (to the default).
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: () => ({ disbursementPreference: { kind: 'monthly', day: 1 } }),
  },
  'notifications.list':                    { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'notifications.markRead': {
    expect:                                          [UN, OK, OK, OK, OK, OK],
    input: (s) => ({ notificationIds: [s.sellerNotificationId] }),
  },

  'offers.createDraft': {
    expect:                                          [UN, PF, PF, NF, OK, NF],
    input: (s) => ({ authorizationId: s.authorizationId }),
  },
  'offers.get':                            { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.update': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ offerId: s.draft.offerId, name: 'Matrix draft' }),
  },
  'offers.preview':                        { expect: [UN, NF, NF, NF, OK, NF], input: draft },
  'offers.removeDocument': {
    // The reseller removes a document uploaded for the purpose; the others aim at the draft's own.
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s, role) => ({
      offerId: s.draft.offerId,
      documentId:
        role === 'owningReseller'
          ? await uploadTextDocument(s.clients.owningReseller, s.draft.offerId, 'Remove me.')
          : s.draft.documentId,
    }),
  },
  'offers.reorderDocuments': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) => {
      const offer = await reseller(s).offers.get.query(draft(s));
      const documentIds = offer.documents.flatMap((d) => (d.id ? [d.id] : []));
      return { offerId: s.draft.offerId, documentIds: documentIds.reverse() };
    },
  },
  'offers.extend':                         { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.reopen':                         { expect: [UN, NF, NF, NF, OK, NF], input: draft },
  'offers.delete': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) =>
      reseller(s).offers.createDraft.mutate({ authorizationId: s.authorizationId }),
  },
  'offers.list':                           { expect: [UN, OK, OK, OK, OK, OK], input: () => ({}) },
  'offers.cancel': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: async (s) => ({ offerId: await throwawayPublishedOffer(s) }),
  },
  'offers.updateExpiration': {
    expect:                                          [UN, NF, NF, NF, OK, NF],
    input: (s) => ({ offerId: s.published.offerId, expirationDate: s.published.expirationDate }),
  },
  'offers.clone':                          { expect: [UN, NF, NF, NF, OK, NF], input: published },
  'offers.history':                        { expect: [UN, NF, NF, NF, OK, NF], input: published },
};

type FileRequest = { path: string; init?: RequestInit };
type FileRow = {
  /** HTTP status per role, in ROLES order. */
  expect: readonly [number, number, number, number, number, number];
  request: (s: Scenario, role: Role) => FileRequest | Promise<FileRequest>;
};

const upload = (path: string, fileName: string, body: Uint8Array | string): FileRequest => ({
  path,
  init: { method: 'POST', headers: { 'x-file-name': fileName }, body },
});

// biome-ignore format: the table's columns are aligned by hand
const FILE_ROUTES: Record<string, FileRow> = {
  // expect: [anonymous, other buyer, targeted buyer, other seller, owning reseller, owning ISV]
  'POST /files/offers/:offerId/documents': {
    expect:                                                 [401, 404, 404, 404, 201, 404],
    request: (s) => upload(`/files/offers/${s.draft.offerId}/documents`, 'Annex.txt', 'Annex'),
  },
  'GET /files/offers/:offerId/eula.pdf (published)': {
    expect:                                                 [401, 404, 200, 404, 200, 404],
    request: (s) => ({ path: `/files/offers/${s.published.offerId}/eula.pdf` }),
  },
  'HEAD /files/offers/:offerId/eula.pdf (published)': {
    expect:                                                 [401, 404, 200, 404, 200, 404],
    request: (s) => ({
      path: `/files/offers/${s.published.offerId}/eula.pdf`,
      init: { method: 'HEAD' },
    }),
  },
  'GET /files/offers/:offerId/eula.pdf (draft preview)': {
    // The draft names the targeted buyer, who still must not see it before it is published.
    expect:                                                 [401, 404, 404, 404, 200, 404],
    request: (s) => ({ path: `/files/offers/${s.draft.offerId}/eula.pdf` }),
  },
  'POST /files/products/:productId/eula': {
    expect:                                                 [401, 404, 404, 404, 404, 200],
    request: async (s) =>
      upload(`/files/products/${s.productId}/eula`, 'EULA.pdf', await smallPdf()),
  },
  'POST /files/authorizations/contract': {
    // Not tied to a row: any registered seller may upload the contract it will attach.
    expect:                                                 [401, 412, 412, 201, 201, 201],
    request: async () => upload('/files/authorizations/contract', 'Contract.pdf', await smallPdf()),
  },
  'GET /files/contracts/standard.pdf': {
    expect:                                                 [200, 200, 200, 200, 200, 200],
    request: () => ({ path: '/files/contracts/standard.pdf' }),
  },
  ...Object.fromEntries(
    CSV_REPORTS.map((report): [string, FileRow] => [
      `GET /files/reports/${report}.csv`,
      {
        // Each seller's own figures; nobody else's row is reachable through the query string.
        expect:                                             [401, 200, 200, 200, 200, 200],
        request: () => ({ path: `/files/reports/${report}.csv` }),
      },
    ]),
  ),
};

// Typed as the nested record, but at run time tRPC 11 keeps every procedure under its dotted path.
const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
const procedurePaths = Object.keys(procedures).sort();
const rows = MATRIX as Record<string, Row<ProcedurePath> | undefined>;

const byRole = <T>(values: readonly T[]) =>
  Object.fromEntries(ROLES.map((role, i) => [role, values[i]])) as Record<Role, T>;

describe('authorization matrix', () => {
  let s: Scenario;

  beforeAll(async () => {
    s = await buildScenario(await startTestApi());
  }, 120_000);

  it('has exactly one row per procedure of the router', () => {
    const missing = procedurePaths.filter((path) => !rows[path]);
    const extra = Object.keys(rows).filter((path) => !procedures[path]);
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    console.info(
      `[authorization matrix] ${procedurePaths.length} procedures × ${ROLES.length} roles = ${
        procedurePaths.length * ROLES.length
      } cells; ${Object.keys(FILE_ROUTES).length} file routes × ${ROLES.length} roles`,
    );
  });

  it("marks nothing of another account's when given its notification IDs", async () => {
    // Before the matrix's own markRead rows, which let each owner mark its notice read.
    const { otherBuyer, otherSeller, owningIsv } = s.clients;
    for (const client of [otherBuyer, otherSeller, owningIsv]) {
      const ids = [s.buyerNotificationId, s.sellerNotificationId];
      await client.trpc.buyer.notifications.markRead.mutate({ notificationIds: ids });
      await client.trpc.notifications.markRead.mutate({ notificationIds: ids });
    }
    const buyerSide = await s.clients.targetedBuyer.trpc.buyer.notifications.list.query({});
    const sellerSide = await reseller(s).notifications.list.query({});
    const readAt = (items: { id: string; readAt: string | null }[], id: string) =>
      items.find((n) => n.id === id)?.readAt;
    expect(readAt(buyerSide.items, s.buyerNotificationId)).toBeNull();
    expect(readAt(sellerSide.items, s.sellerNotificationId)).toBeNull();
  });

  // Listed from the router, not from the table: a new procedure without a row fails by name.
  it.each(procedurePaths)('%s', async (path) => {
    const row = rows[path];
    if (!row) expect.fail(`${path} has no row in the authorization matrix: add one (SPEC §12)`);
    const type = procedures[path]?._def.type === 'mutation' ? 'mutation' : 'query';
    const actual: Partial<Record<Role, string>> = {};
    const answers: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const client = row.client ? await row.client(s, role) : s.clients[role];
      const input = row.input ? await row.input(s, role) : undefined;
      const answer = await callProcedure(client, path, type, input);
      actual[role] = answer.outcome;
      answers[role] = `${answer.status} ${answer.body.slice(0, 300)}`;
      // Whoever calls, with whatever row: answered, never a 500.
      expect(answer.status, `${path} as ${role}: ${answers[role]}`).toBeLessThan(500);
    }
    expect(actual, JSON.stringify(answers, null, 2)).toEqual(byRole(row.expect));
  });

  it('refuses every state-changing call that lacks the CSRF header, before anything else', async () => {
    const mutations = procedurePaths.filter((path) => procedures[path]?._def.type === 'mutation');
    const posts = [
      `/files/offers/${s.draft.offerId}/documents`,
      `/files/products/${s.productId}/eula`,
      '/files/authorizations/contract',
    ];
    for (const role of ['anonymous', 'owningReseller', 'owningIsv'] as const) {
      const { cookies } = s.clients[role];
      const cookie = [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
      const post = (path: string, body: string) =>
        fetch(`${s.t.baseUrl}${path}`, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/json', 'x-file-name': 'a.pdf' },
          body,
        });
      for (const path of mutations) {
        const response = await post(`/trpc/${path}`, '{}');
        const body = (await response.json()) as { error?: { data?: { code?: string } } };
        expect([path, role, response.status, body.error?.data?.code]).toEqual([
          path,
          role,
          403,
          'FORBIDDEN',
        ]);
      }
      for (const path of posts) {
        const response = await post(path, '%PDF-1.4');
        const body = (await response.json()) as { error?: { code?: string } };
        expect([path, role, response.status, body.error?.code]).toEqual([
          path,
          role,
          403,
          'FORBIDDEN',
        ]);
      }
    }
  });

  it.each(Object.keys(FILE_ROUTES))('%s', async (name) => {
    const route = FILE_ROUTES[name];
    if (!route) throw new Error(name);
    const actual: Partial<Record<Role, number>> = {};
    for (const role of ROLES) {
      const { path, init } = await route.request(s, role);
      const response = await s.clients[role].fetchRaw(path, init);
      await response.arrayBuffer();
      actual[role] = response.status;
    }
    expect(actual).toEqual(byRole(route.expect));
  });

  it('answers a buyer that is not targeted exactly as for an offer that does not exist', async () => {
    const nowhere = { offerId: randomIds.offer() };
    const same = (a: RawAnswer, b: RawAnswer) => {
      expect(a.outcome).toBe('NOT_FOUND');
      expect({ status: a.status, contentType: a.contentType, body: a.body }).toEqual({
        status: b.status,
        contentType: b.contentType,
        body: b.body,
      });
    };
    const ask = (role: Role, path: string, type: 'query' | 'mutation', input: object) =>
      callProcedure(s.clients[role], path, type, input);
    const accept = { eulaConsent: true, eulaSha256: s.published.combinedPdfSha256 };

    for (const role of ['otherBuyer', 'otherSeller', 'owningReseller', 'owningIsv'] as const) {
      for (const path of ['buyer.offers.get', 'buyer.offers.findById']) {
        same(await ask(role, path, 'query', published(s)), await ask(role, path, 'query', nowhere));
      }
      same(
        await ask(role, 'buyer.offers.accept', 'mutation', { ...published(s), ...accept }),
        await ask(role, 'buyer.offers.accept', 'mutation', { ...nowhere, ...accept }),
      );
    }
    // Targeted, but not published yet: the draft does not exist for the buyer either.
    same(
      await ask('targetedBuyer', 'buyer.offers.get', 'query', draft(s)),
      await ask('targetedBuyer', 'buyer.offers.get', 'query', nowhere),
    );
    // The seller side: another seller, or the ISV of the product, learns nothing of the offer.
    for (const role of ['otherSeller', 'owningIsv', 'targetedBuyer'] as const) {
      for (const path of ['offers.get', 'offers.history', 'offers.preview']) {
        same(await ask(role, path, 'query', published(s)), await ask(role, path, 'query', nowhere));
      }
    }
    // And the combined PDF route.
    const pdf = async (offerId: string) => {
      const response = await s.clients.otherBuyer.fetchRaw(`/files/offers/${offerId}/eula.pdf`);
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        body: await response.text(),
      };
    };
    expect(await pdf(s.published.offerId)).toEqual(await pdf(nowhere.offerId));
  });
});
