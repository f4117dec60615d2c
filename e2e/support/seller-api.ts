// The seller specs' own setup through the real API (tRPC over HTTP, signed in like a
// browser, CSRF header included): fresh authorizations and offers, so the browser steps never
// depend on what other specs did to the shared demo data.
import { type APIRequestContext, expect, request } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

export const NORTHWIND = '222222222222';
export const BUYER_713 = '713384441954';
export const BUYER_480 = '480189533676';
export const CLOUD_MIGRATION = 'c1d0a7e2-5b1f-4c3a-9e8d-2f6b7a1c0d11';
export const CHANNEL_INTEG = 'f2a79680-451b-44c4-938a-9feda0c400a5';

/** 'YYYY-MM-DD' of today (UTC) plus `days`. */
export function utcDate(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export type Api = {
  mutate: <T>(path: string, input: unknown) => Promise<T>;
  query: <T>(path: string, input?: unknown) => Promise<T>;
  /** POST to a file route with the file's bytes as the body, as the seller console does. */
  upload: <T>(path: string, fileName: string, body: Buffer) => Promise<T>;
  dispose: () => Promise<void>;
};

async function dataOf<T>(res: Awaited<ReturnType<APIRequestContext['get']>>): Promise<T> {
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  expect(res.ok(), `API answered ${res.status()}: ${JSON.stringify(body.error)}`).toBe(true);
  return (body.result as { data: T }).data;
}

export async function signedInApi(baseURL: string, email: string): Promise<Api> {
  const ctx = await request.newContext({ baseURL });
  // Any answer sets the CSRF cookie; sign-in (a mutation) must already echo it.
  await ctx.get('/trpc/health');
  const csrfOf = async () =>
    (await ctx.storageState()).cookies.find((c) => c.name === 'offerdesk_csrf')?.value ?? '';
  const login = await ctx.post('/trpc/auth.login', {
    data: { email, password: DEMO_PASSWORD },
    headers: { 'x-csrf-token': await csrfOf() },
  });
  expect(login.ok(), await login.text()).toBe(true);
  const csrf = await csrfOf();
  return {
    mutate: async (path, input) =>
      dataOf(await ctx.post(`/trpc/${path}`, { data: input, headers: { 'x-csrf-token': csrf } })),
    query: async (path, input) =>
      dataOf(
        await ctx.get(
          `/trpc/${path}${input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`}`,
        ),
      ),
    upload: async (path, fileName, body) => {
      const res = await ctx.post(path, {
        data: body,
        headers: {
          'x-csrf-token': csrf,
          'x-file-name': encodeURIComponent(fileName),
          'content-type': 'application/octet-stream',
        },
      });
      expect(res.ok(), `upload answered ${res.status()}: ${await res.text()}`).toBe(true);
      return res.json();
    },
    dispose: () => ctx.dispose(),
  };
}

/** As Acme: a fresh authorization for Northwind, like the demo's but untouched by others. */
export async function grantNorthwind(
  baseURL: string,
  kind: 'discount' | 'schedule',
): Promise<string> {
  const acme = await signedInApi(baseURL, 'acme@example.com');
  const terms =
    kind === 'discount'
      ? {
          productId: CLOUD_MIGRATION,
          pricing: { kind: 'discount', discountPpm: 155_000 },
          contract: { kind: 'standard' },
          availability: { kind: 'until_date', expiresOn: utcDate(90) },
        }
      : {
          productId: CHANNEL_INTEG,
          pricing: {
            kind: 'schedule',
            quantity: 1,
            installments: [
              { invoiceDate: utcDate(30), isvCents: 50 },
              { invoiceDate: utcDate(31), isvCents: 50 },
            ],
          },
          contract: { kind: 'none' },
          availability: { kind: 'single_use', expiresOn: utcDate(90) },
        };
  const { authorizationId } = await acme.mutate<{ authorizationId: string }>(
    'isv.authorizations.create',
    { resellerAccountId: NORTHWIND, buyerAccountIds: [], ...terms },
  );
  await acme.dispose();
  return authorizationId;
}

/** As Northwind: a published MARKUP offer from `authorizationId` (contract accepted here). */
export async function publishOffer(
  baseURL: string,
  authorizationId: string,
  buyer: string,
): Promise<string> {
  const northwind = await signedInApi(baseURL, 'northwind@example.com');
  await northwind.mutate('reseller.acceptContract', { authorizationId });
  const { offerId } = await northwind.mutate<{ offerId: string }>('offers.createDraft', {
    authorizationId,
  });
  await northwind.mutate('offers.update', {
    offerId,
    buyerAccountIds: [buyer],
    dimensions: [
      { key: 'assessment', quantity: 1 },
      { key: 'workshop-day', quantity: 1 },
    ],
    pricing: { mode: 'MARKUP', markupPpm: 100_000 },
    expirationDate: utcDate(20),
  });
  await northwind.mutate('offers.extend', { offerId });
  await expect
    .poll(async () => (await northwind.query<{ status: string }>('offers.get', { offerId })).status)
    .toBe('PUBLISHED');
  await northwind.dispose();
  return offerId;
}
