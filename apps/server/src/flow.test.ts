// The whole product over real HTTP: the server process as `pnpm serve` starts it (demo data,
// embedded PGlite, or a throwaway PostgreSQL database when DATABASE_URL is set), driven with
// plain fetch and a cookie jar the way the SPAs drive it — CSRF cookie and header, session
// cookie — from a reseller's draft to a buyer's agreement, then a graceful SIGTERM.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RouterOutputs } from '@offerdesk/api';
import {
  type HttpAnswer,
  HttpSession,
  type ServerProcess,
  startServerProcess,
  type ThrowawayDatabase,
  throwawayPostgres,
} from '@offerdesk/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DEMO_PASSWORD = 'offerdesk-demo';
const CSRF_COOKIE = 'offerdesk_csrf';
const SESSION_COOKIE = 'offerdesk_session';

type TrpcError = { error: { message: string; data: { code: string; httpStatus: number } } };

/** The procedure's data; fails the test with the error when the call was refused. */
function data<T>(answer: HttpAnswer): T {
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return (answer.body as { result: { data: T } }).result.data;
}

function setCookies(answer: HttpAnswer): string[] {
  return answer.headers.getSetCookie();
}

/** A browser: the harness's session, signed in with the demo password. */
class Browser extends HttpSession {
  signInAs(email: string) {
    return this.signIn(email, DEMO_PASSWORD);
  }
}

function inDaysUtc(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function startServer(env: Record<string, string>): Promise<ServerProcess> {
  return startServerProcess({ env: { ...env, DEMO_DATA: 'true' } });
}

const DATABASES = process.env.DATABASE_URL
  ? (['pglite', 'postgres'] as const)
  : (['pglite'] as const);

describe.each(DATABASES)('the product over HTTP (%s)', (kind) => {
  let server: ServerProcess;
  let dataDir: string;
  let postgres: ThrowawayDatabase | null = null;
  let agreementId: string | null = null;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'offerdesk-flow-'));
    const adminUrl = process.env.DATABASE_URL;
    if (kind === 'postgres' && adminUrl)
      postgres = await throwawayPostgres(adminUrl, 'offerdesk_flow');
    // An empty DATABASE_URL counts as unset: the embedded database in DATA_DIR.
    server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '' });
  }, 120_000);

  afterAll(async () => {
    await server?.kill();
    await postgres?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a reseller’s offer to a buyer’s agreement with cookies and CSRF', async () => {
    const health = data<{ ok: true; database: string }>(
      await new Browser(server.baseUrl).query('health'),
    );
    expect(health).toMatchObject({ ok: true, database: kind });

    // Northwind opens the seller console: auth.me answers null and hands out the CSRF cookie.
    const northwind = new Browser(server.baseUrl);
    const me = await northwind.query('auth.me');
    expect(data(me)).toBeNull();
    const csrfCookie = setCookies(me).find((c) => c.startsWith(`${CSRF_COOKIE}=`));
    expect(csrfCookie).toMatch(/; SameSite=Lax/);
    expect(csrfCookie).not.toMatch(/HttpOnly/); // the SPA reads it to send the header

    // A state-changing call without the header is refused, whatever it carries.
    const forged = await northwind.mutate(
      'auth.login',
      { email: 'northwind@example.com', password: DEMO_PASSWORD },
      { csrf: false },
    );
    expect(forged.status).toBe(403);
    expect((forged.body as TrpcError).error.data.code).toBe('FORBIDDEN');
    expect(northwind.cookies.has(SESSION_COOKIE)).toBe(false);

    const login = await northwind.signInAs('northwind@example.com');
    expect(data(login)).toMatchObject({ account: { id: '222222222222' } });
    const sessionCookie = setCookies(login).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    expect(sessionCookie).toMatch(/; HttpOnly/);
    expect(sessionCookie).toMatch(/; SameSite=Lax/);

    // The draft on the 15.5 % discount authorization, SPEC §3 example 2.
    const authorizationId = 'resaleauthz-nwdiscount001';
    const { offerId } = data<{ offerId: string }>(
      await northwind.mutate('offers.createDraft', { authorizationId }),
    );
    data(await northwind.mutate('reseller.acceptContract', { authorizationId }));
    const updated = data<RouterOutputs['offers']['update']>(
      await northwind.mutate('offers.update', {
        offerId,
        buyerAccountIds: ['713384441954'],
        dimensions: [
          { key: 'assessment', quantity: 1 },
          { key: 'workshop-day', quantity: 3 },
        ],
        pricing: { mode: 'MARKUP', markupPpm: 72_500 },
        expirationDate: inDaysUtc(30),
      }),
    );
    expect(updated.pricing?.totals).toEqual({
      isvCents: 2_619_497,
      buyerCents: 2_809_409,
      resellerCents: 189_912,
    });

    const uploaded = await northwind.fetch(`/files/offers/${offerId}/documents`, {
      method: 'POST',
      headers: { 'x-file-name': encodeURIComponent('Statement of work.txt') },
      body: 'Statement of work: one assessment and three workshop days.',
    });
    expect(uploaded.status).toBe(201);
    expect(await uploaded.json()).toMatchObject({
      document: { fileName: 'Statement of work.txt', mediaType: 'text/plain' },
    });

    const extendedAt = performance.now();
    const extended = data<{ status: string }>(await northwind.mutate('offers.extend', { offerId }));
    expect(['PUBLISHING', 'PUBLISHED']).toContain(extended.status);
    let offer = data<RouterOutputs['offers']['get']>(
      await northwind.query('offers.get', { offerId }),
    );
    while (offer.status !== 'PUBLISHED') {
      expect(offer.status, offer.failureReason ?? '').toBe('PUBLISHING');
      expect(performance.now() - extendedAt).toBeLessThan(15_000);
      await new Promise((resolve) => setTimeout(resolve, 10));
      offer = data(await northwind.query('offers.get', { offerId }));
    }
    const publishMs = Math.round(performance.now() - extendedAt);
    console.info(`[flow ${kind}] extend → PUBLISHED over HTTP: ${publishMs} ms`);

    // The buyer signs in in another browser and reads the offer.
    const buyer713 = new Browser(server.baseUrl);
    data(await buyer713.signInAs('buyer713@example.com'));
    const seen = data<RouterOutputs['buyer']['offers']['get']>(
      await buyer713.query('buyer.offers.get', { offerId }),
    );
    expect(seen).toMatchObject({ status: 'AVAILABLE', totalCents: 2_809_409, billing: 'UPFRONT' });
    expect(seen.dimensions.map((d) => [d.key, d.quantity, d.unitCents])).toEqual([
      ['assessment', 1, 2_265_656],
      ['workshop-day', 3, 181_251],
    ]);

    const pdf = await buyer713.fetch(`/files/offers/${offerId}/eula.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = new Uint8Array(await pdf.arrayBuffer());
    expect(new TextDecoder().decode(pdfBytes.subarray(0, 5))).toBe('%PDF-');
    const eulaSha256 = createHash('sha256').update(pdfBytes).digest('hex');
    expect(eulaSha256).toBe(seen.combinedPdf.sha256);

    const agreement = data<RouterOutputs['buyer']['offers']['accept']>(
      await buyer713.mutate('buyer.offers.accept', { offerId, eulaConsent: true, eulaSha256 }),
    );
    expect(agreement).toMatchObject({ offerId, eulaSha256, totalCents: 2_809_409 });
    agreementId = agreement.id;

    // Northwind's agreements list shows it with the same amounts.
    const agreements = data<RouterOutputs['agreements']['list']>(
      await northwind.query('agreements.list', {}),
    );
    expect(agreements.items.find((a) => a.id === agreement.id)).toMatchObject({
      role: 'reseller',
      offerId,
      buyerAccountId: '713384441954',
      totals: { buyerCents: 2_809_409, isvCents: 2_619_497, resellerCents: 189_912 },
    });

    // Another buyer: the offer does not exist for it.
    const buyer480 = new Browser(server.baseUrl);
    data(await buyer480.signInAs('buyer480@example.com'));
    const hidden = await buyer480.query('buyer.offers.get', { offerId });
    expect(hidden.status).toBe(404);
    expect((hidden.body as TrpcError).error.data.code).toBe('NOT_FOUND');
    expect((await buyer480.fetch(`/files/offers/${offerId}/eula.pdf`)).status).toBe(404);
  }, 120_000);

  it('shuts down on SIGTERM with exit code 0 within 10 s', async () => {
    const stopped = await server.stop(10_000);
    expect(stopped, `no exit within 10 s:\n${server.output()}`).not.toBeNull();
    expect(stopped, server.output()).toMatchObject({ code: 0 });
    console.info(`[flow ${kind}] SIGTERM → exit 0 in ${stopped?.ms} ms`);
  }, 15_000);

  it('starts again on the same database, where the agreement is kept', async () => {
    server = await startServer({ DATA_DIR: dataDir, DATABASE_URL: postgres?.url ?? '' });
    const buyer713 = new Browser(server.baseUrl);
    data(await buyer713.signInAs('buyer713@example.com'));
    const agreements = data<RouterOutputs['buyer']['agreements']['list']>(
      await buyer713.query('buyer.agreements.list', {}),
    );
    expect(agreements.items.map((a) => a.id)).toContain(agreementId);
    expect(await server.stop(10_000)).toMatchObject({ code: 0 });
  }, 120_000);
});
