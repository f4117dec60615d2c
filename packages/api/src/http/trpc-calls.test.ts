import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { BodyAbortedError } from './files/read-body';
import { planCalls } from './trpc-calls';
import { answerThroughTrpc, readRequestBody, requestContext, TRPC_PREFIX } from './trpc-handler';

type Sent = {
  path: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  /** Sent with no cookies and no CSRF header, as by a browser that never loaded the SPA. */
  signedOut?: true;
};

const json = { 'content-type': 'application/json' };
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

// What a user of the API sees: every call, answered by the server, reads exactly as tRPC's
// resolveResponse answers the same request on the same database and session.
const sameAsTrpc: [string, Sent][] = [
  ['a query without input', { path: 'auth.me' }],
  ['a query with input', { path: `notifications.list?input=${input({ unreadOnly: true })}` }],
  ['a batch of queries', { path: `auth.me,notifications.unreadCount?batch=1&input=${input({})}` }],
  [
    'a batch where one call is refused (207)',
    { path: `auth.me,buyer.offers.get?batch=1&input=${input({ 1: { offerId: 'none' } })}` },
  ],
  ['input the schema refuses', { path: `notifications.list?input=${input({ limit: 'x' })}` }],
  ['input that is not JSON', { path: 'notifications.list?input=%7Bnope' }],
  ['batch input that is not an object', { path: `notifications.list?batch=1&input=[1]` }],
  ['a signed-in query, sent signed out', { path: 'notifications.unreadCount', signedOut: true }],
  [
    'a mutation',
    {
      path: 'notifications.markRead',
      method: 'POST',
      headers: json,
      body: JSON.stringify({ all: true }),
    },
  ],
  [
    'a batch of mutations, one refused',
    {
      path: 'notifications.markRead,buyer.notifications.markRead?batch=1',
      method: 'POST',
      headers: json,
      body: JSON.stringify({ 0: { all: true }, 1: { notificationIds: ['x'] } }),
    },
  ],
  [
    'a mutation without its CSRF token',
    {
      path: 'notifications.markRead',
      method: 'POST',
      headers: json,
      body: '{"all":true}',
      signedOut: true,
    },
  ],
  [
    'a mutation whose body is not JSON',
    { path: 'notifications.markRead', method: 'POST', headers: json, body: '{"all":' },
  ],
  // Left to resolveResponse (planCalls says no), listed so the server's answer is checked too.
  ['a query sent as POST', { path: 'auth.me', method: 'POST', headers: json, body: '{}' }],
  ['a mutation sent as GET', { path: 'notifications.markRead' }],
  ['a path with no procedure', { path: 'offers.nothing' }],
  ['HEAD', { path: 'auth.me', method: 'HEAD' }],
  // Last, as it ends the session the others use.
  ['a mutation without a body', { path: 'auth.logout', method: 'POST', headers: json }],
];

describe('the tRPC endpoint', () => {
  it('answers every call as tRPC itself answers it', async () => {
    const t = await startTestApi();
    const seller = await t.newAccount();
    const trpcOnly = createServer(async (req, res) => {
      const read = await readRequestBody(req);
      if (read instanceof BodyAbortedError) return;
      const path = new URL(req.url ?? '/', 'http://localhost').pathname.slice(TRPC_PREFIX.length);
      await answerThroughTrpc(req, res, path, read, () => requestContext(t.api.services, req, res));
    });
    await new Promise<void>((resolve) => trpcOnly.listen(0, '127.0.0.1', resolve));
    afterAll(() => new Promise<void>((resolve) => trpcOnly.close(() => resolve())));
    const trpcOrigin = `http://127.0.0.1:${(trpcOnly.address() as AddressInfo).port}`;

    const answer = async (origin: string, sent: Sent) => {
      const send = sent.signedOut ? fetch : seller.client.fetchRaw;
      const response = await send(`${origin}/trpc/${sent.path}`, {
        method: sent.method ?? 'GET',
        headers: sent.headers,
        body: sent.body,
      });
      return {
        status: response.status,
        contentType: response.headers.get('content-type'),
        vary: response.headers.get('vary'),
        setsCookie: response.headers.has('set-cookie'),
        body: await response.text().then((text) => (text ? JSON.parse(text) : null)),
      };
    };
    const statuses = new Set<number>();
    for (const [what, sent] of sameAsTrpc) {
      const ours = await answer(t.baseUrl, sent);
      const trpcs = await answer(trpcOrigin, sent);
      expect({ what, ...ours }).toEqual({ what, ...trpcs });
      statuses.add(ours.status);
    }
    // Not a vacuous comparison: the plain calls did get answers, refusals among them.
    expect(statuses).toEqual(new Set([200, 207, 400, 401, 403, 404, 405, 204]));
  });
});

describe('planCalls', () => {
  const url = (path: string) => new URL(`http://localhost/trpc/${path}`);
  const plan = (method: string, path: string, headers: Record<string, string> = {}) =>
    planCalls(
      { method, headers } as IncomingMessage,
      url(path),
      url(path).pathname.slice(TRPC_PREFIX.length),
      method === 'POST' ? '{}' : undefined,
    );

  it('takes the calls the SPAs make: GET queries and JSON mutations, batched or not', () => {
    expect(plan('GET', 'auth.me')).toEqual({
      type: 'query',
      isBatch: false,
      paths: ['auth.me'],
      rawInput: null,
    });
    expect(plan('GET', `auth.me,health?batch=1&input=${input({})}`)).toMatchObject({
      isBatch: true,
      paths: ['auth.me', 'health'],
      rawInput: '{}',
    });
    expect(plan('POST', 'notifications.markRead', json)).toMatchObject({
      type: 'mutation',
      rawInput: '{}',
    });
  });

  it('leaves everything else to tRPC', () => {
    expect(plan('HEAD', 'auth.me')).toBeNull();
    expect(plan('GET', 'notifications.markRead')).toBeNull();
    expect(plan('POST', 'auth.me', json)).toBeNull();
    expect(plan('POST', 'notifications.markRead')).toBeNull();
    expect(plan('POST', 'notifications.markRead', { 'content-type': 'text/plain' })).toBeNull();
    expect(plan('GET', 'auth.me,offers.nothing?batch=1')).toBeNull();
    expect(plan('GET', 'auth.me', { 'trpc-accept': 'application/jsonl' })).toBeNull();
    expect(plan('GET', 'auth.me', { accept: 'application/jsonl' })).toBeNull();
    expect(plan('GET', 'auth.%E0%A4%A')).toBeNull();
  });
});
