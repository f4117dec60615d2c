// The HTTP layer against real files on disk and a fake API handler: what a browser gets for
// assets, deep links, missing files, the API's paths and "/".
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpServer, type HttpServer } from './server';

let root: string;
let http: HttpServer;
let base: string;
const bigScript = `console.log(${JSON.stringify('x'.repeat(4000))});`;
/** What the server logged, one parsed pino line each. */
const logged: { level: number; msg: string; url?: string; status?: number; reqId?: string }[] = [];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'offerdesk-http-'));
  const seller = join(root, 'seller');
  mkdirSync(join(seller, 'assets'), { recursive: true });
  writeFileSync(join(seller, 'index.html'), '<!doctype html><title>Seller</title>');
  writeFileSync(join(seller, 'assets', 'index-abc123.js'), bigScript);
  writeFileSync(join(seller, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Far more than the socket buffers hold, so a client that stops reading leaves it mid-file.
  writeFileSync(join(seller, 'assets', 'video-abc123.mp4'), Buffer.alloc(16 * 1024 * 1024));
  writeFileSync(
    join(seller, 'assets', 'vendor-abc123.js'),
    randomBytes(12 * 1024 * 1024).toString('base64'),
  );
  writeFileSync(join(root, 'secret.txt'), 'outside the dist folder');
  http = createHttpServer({
    handleApi: async (_req, res, url) => {
      if (!url.pathname.startsWith('/trpc/')) return false;
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ ok: true, ...Object.fromEntries(url.searchParams) }));
      return true;
    },
    spas: [
      { prefix: '/seller/', distDir: seller, label: 'seller console' },
      { prefix: '/buyer/', distDir: join(root, 'buyer-not-built'), label: 'buyer console' },
    ],
    homePath: '/seller/',
    https: false,
    logger: pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) }),
  });
  const port = await http.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  await http.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string, init?: RequestInit) =>
  fetch(base + path, { redirect: 'manual', ...init });

describe('static SPA serving', () => {
  it('serves index.html for the prefix, revalidated on every load', async () => {
    const res = await get('/seller/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('<title>Seller</title>');
  });

  it('falls back to index.html for deep links the SPA routes', async () => {
    const res = await get('/seller/offers/offer-gen3xseo3tfgz');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Seller</title>');
  });

  it('caches hashed assets for a year and gzips them when asked', async () => {
    const res = await get('/seller/assets/index-abc123.js', {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toBe(bigScript);
  });

  it('answers a matching ETag with 304', async () => {
    const first = await get('/seller/favicon.svg');
    expect(first.headers.get('content-type')).toBe('image/svg+xml');
    const etag = first.headers.get('etag') ?? '';
    const again = await get('/seller/favicon.svg', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('gives 404, not index.html, for a missing file with an extension', async () => {
    const res = await get('/seller/assets/missing-123.js');
    expect(res.status).toBe(404);
  });

  it('never serves files outside the dist folder', async () => {
    for (const path of [
      '/seller/../secret.txt',
      '/seller/%2e%2e/secret.txt',
      '/seller/..%2fsecret.txt',
    ]) {
      const res = await get(path);
      expect(await res.text()).not.toContain('outside the dist folder');
    }
  });

  it('redirects "/" to the seller console and "/seller" to "/seller/"', async () => {
    const home = await get('/');
    expect(home.status).toBe(302);
    expect(home.headers.get('location')).toBe('/seller/');
    const bare = await get('/seller');
    expect(bare.status).toBe(308);
    expect(bare.headers.get('location')).toBe('/seller/');
  });

  it('says which console is not built yet', async () => {
    const res = await get('/buyer/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('buyer console is not built');
  });

  it('refuses writes to static paths', async () => {
    const res = await get('/seller/', { method: 'POST' });
    expect(res.status).toBe(405);
  });
});

describe('API and headers', () => {
  it('lets the API handle its own paths first', async () => {
    const res = await get('/trpc/health');
    expect(await res.json()).toEqual({ ok: true });
  });

  it("hands the API the request's path and query, parsed", async () => {
    const res = await get('/trpc/offers.list?input=%7B%7D');
    expect(await res.json()).toEqual({ ok: true, input: '{}' });
  });

  it('answers a path URL() cannot read with 400, not a 500, and logs it with its request ID', async () => {
    const { status, headers } = await new Promise<{ status?: number; headers: object }>(
      (resolve, reject) =>
        httpGet({ host: '127.0.0.1', port: new URL(base).port, path: '//:x' }, (res) => {
          res.resume();
          resolve({ status: res.statusCode, headers: res.headers });
        }).on('error', reject),
    );
    expect(status).toBe(400);
    expect(headers).toMatchObject({ 'x-content-type-options': 'nosniff' });
    const line = await vi.waitFor(() => {
      const found = logged.find((entry) => entry.url === '//:x');
      if (!found) throw new Error('not logged yet');
      return found;
    });
    expect(line).toMatchObject({ msg: 'request', status: 400 });
    expect(line?.reqId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers 404 for paths nobody owns', async () => {
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('sends the security headers and a request ID on every response', async () => {
    for (const path of ['/seller/', '/trpc/health', '/nowhere', '/']) {
      const res = await get(path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('lets our own pages frame /files/ (the EULA PDF), and nobody else', async () => {
    const res = await get('/files/offers/offer-x/eula.pdf');
    expect(res.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('keeps a well-formed incoming request ID', async () => {
    const res = await get('/nowhere', { headers: { 'x-request-id': 'edge-1234abcd' } });
    expect(res.headers.get('x-request-id')).toBe('edge-1234abcd');
  });
});

describe('a client that leaves mid-file', () => {
  it.each([
    ['as it is', '/seller/assets/video-abc123.mp4', 'identity'],
    ['gzipped', '/seller/assets/vendor-abc123.js', 'gzip'],
  ])(
    'sent %s: logged as a request closed early, not as an error, and the server goes on',
    async (_how, path, encoding) => {
      const closedOnServer = new Promise<void>((resolve) => {
        http.server.once('request', (_req, res) => res.once('close', resolve));
      });
      await new Promise<void>((resolve, reject) => {
        const req = httpGet(base + path, { headers: { 'accept-encoding': encoding } }, (res) => {
          expect(res.headers['content-encoding'] ?? 'identity').toBe(encoding);
          res.once('data', () => {
            req.destroy(); // the browser navigated away after the first chunk
            resolve();
          });
        });
        req.on('error', reject);
      });
      await closedOnServer;
      // The file's pipeline rejects on the close; let that rejection reach the server's handler.
      await new Promise((resolve) => setImmediate(resolve));

      // One line, at info: no "unhandled error" and no "request failed".
      const forPath = logged.filter((line) => line.url === path);
      expect(forPath.map((line) => [line.level, line.msg])).toEqual([
        [30, 'request closed before its response ended'],
      ]);
      expect((await get('/seller/favicon.svg')).status).toBe(200);
    },
  );
});

describe('an idle keep-alive connection', () => {
  it('outlives the timeout clients are told, so they retire it first, and is then closed', async () => {
    const idle = createHttpServer({
      handleApi: async () => false,
      spas: [],
      homePath: '/seller/',
      https: false,
      logger: pino({ level: 'silent' }),
      keepAliveSeconds: 1,
    });
    const port = await idle.listen(0, '127.0.0.1');
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.setEncoding('latin1').on('data', (chunk: string) => {
      received += chunk;
    });
    const closed = new Promise<number>((resolve) => socket.once('end', () => resolve(Date.now())));
    const ask = async () => {
      const before = received.length;
      socket.write('GET /nowhere HTTP/1.1\r\nHost: localhost\r\n\r\n');
      await vi.waitFor(() => expect(received.slice(before)).toContain('Not found'));
      return received.slice(before);
    };
    try {
      const first = await ask();
      // One Keep-Alive header, ours: Node writes none of its own beside it.
      expect(first.match(/^keep-alive:.*$/gim)).toEqual(['Keep-Alive: timeout=1']);
      // Past what was advertised (and past Node's own extra second): still open and answering.
      await new Promise((resolve) => setTimeout(resolve, 2_200));
      expect(await ask()).toContain('HTTP/1.1 404');
      const lastAnswered = Date.now();
      // Held three times what was advertised, then closed: idle sockets stay bounded.
      expect((await closed) - lastAnswered).toBeGreaterThanOrEqual(3_000);
    } finally {
      socket.destroy();
      await idle.close();
    }
  }, 15_000);
});
