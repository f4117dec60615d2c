// The authorization matrix (SPEC §12, issue 3): every procedure × anonymous / other buyer /
// targeted buyer / other seller / owning reseller / owning ISV, and the file routes beside tRPC
// × the same roles, on the in-process API. The table lives in authz-table.ts and
// authz-file-table.ts, shared with the reliability suite's `authz` check (a real server
// process); the procedures are listed from the router at run time: one without a row fails
// with its name.
import { randomIds } from '@offerdesk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import {
  buildScenario,
  callProcedure,
  type RawAnswer,
  ROLES,
  type Role,
  type Scenario,
} from './authz-fixture';
import {
  fileRouteNames,
  procedurePaths,
  procedures,
  runFileRow,
  runProcedureRow,
  tableGaps,
} from './authz-run';

const reseller = (s: Scenario) => s.clients.owningReseller.trpc;
const published = (s: Scenario) => ({ offerId: s.published.offerId });
const draft = (s: Scenario) => ({ offerId: s.draft.offerId });

describe('authorization matrix', () => {
  let s: Scenario;

  beforeAll(async () => {
    s = await buildScenario(await startTestApi());
  }, 120_000);

  it('has exactly one row per procedure of the router', () => {
    expect(tableGaps()).toEqual({ missing: [], extra: [] });
    console.info(
      `[authorization matrix] ${procedurePaths.length} procedures × ${ROLES.length} roles = ${
        procedurePaths.length * ROLES.length
      } cells; ${fileRouteNames.length} file routes × ${ROLES.length} roles`,
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
    const result = await runProcedureRow(s, path);
    // Whoever calls, with whatever row: answered, never a 500.
    expect(result.serverErrors, JSON.stringify(result.answers, null, 2)).toEqual([]);
    expect(result.actual, JSON.stringify(result.answers, null, 2)).toEqual(result.expected);
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

  it.each(fileRouteNames)('%s', async (name) => {
    const result = await runFileRow(s, name);
    expect(result.actual, JSON.stringify(result.answers, null, 2)).toEqual(result.expected);
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
