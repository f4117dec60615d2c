// The HTTP layer: one request ID and the security headers on every response, then the API
// (tRPC, files, dev mailbox), then the two SPAs. Knows nothing about the database.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Logger } from '../logger';
import { requestIdFor } from './request-id';
import { applySecurityHeaders } from './security-headers';
import { type SpaMount, serveSpa } from './static-files';

/** Answers the request and says so, or says it is not the API's (`url`: the request's, parsed). */
export type ApiHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<boolean>;

export type HttpOptions = {
  handleApi: ApiHandler;
  spas: SpaMount[];
  /** Where "/" sends a browser. */
  homePath: string;
  https: boolean;
  logger: Logger;
  /** How long clients are told an idle connection stays open (Keep-Alive: timeout=N). */
  keepAliveSeconds?: number;
};

export type HttpServer = {
  server: Server;
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets requests in flight finish (up to graceMs), then drops the rest. */
  close(graceMs?: number): Promise<void>;
};

/** The request's URL, parsed once for every layer after (the API too); null when unreadable. */
function urlOf(req: IncomingMessage): URL | null {
  // The host is irrelevant; only the path and query are used, and URL() normalises "." and
  // ".." segments.
  try {
    return new URL(req.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

async function route(options: HttpOptions, req: IncomingMessage, res: ServerResponse) {
  const url = urlOf(req);
  applySecurityHeaders(res, url?.pathname ?? '/', { https: options.https });
  if (!url) {
    res.statusCode = 400;
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('This address cannot be read.');
    return;
  }
  const pathname = url.pathname;
  if (await options.handleApi(req, res, url)) return;
  if (pathname === '/') {
    res.statusCode = 302;
    res.setHeader('Location', options.homePath);
    res.end();
    return;
  }
  for (const spa of options.spas) {
    if (await serveSpa(spa, req, res, pathname)) return;
  }
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end('Not found');
}

/**
 * An idle keep-alive connection is held three times as long as clients are told, so a client
 * that honours the hint has always retired it before the server closes it. undici (Node's
 * fetch) keeps it for the hint minus 2 s, timed on a clock that only ticks while its event
 * loop turns: a busy client overshoots. When the server closed at the hint (plus Node 20's own
 * second), a request sent on the connection as the close arrived got no answer at all
 * (UND_ERR_SOCKET, once in some 70,000 fuzz requests). Node 24.6's keepAliveTimeoutBuffer does
 * this; on Node 20 the header is written here, which also stops Node writing its own.
 */
const KEEP_ALIVE_HELD_PER_ADVERTISED = 3;

export function createHttpServer(options: HttpOptions): HttpServer {
  const { logger, keepAliveSeconds = 5 } = options;
  const keepAliveHint = `timeout=${keepAliveSeconds}`;
  const server = createServer((req, res) => {
    const reqId = requestIdFor(req);
    const started = performance.now();
    res.setHeader('X-Request-Id', reqId);
    res.setHeader('Keep-Alive', keepAliveHint);
    // 'close' comes after the response is sent and also when the client leaves before that.
    // The request's ID is a field of each line, not a child logger's binding: a child costs
    // every request an object and the serialization of its bindings, logged or not.
    res.on('close', () => {
      const ms = performance.now() - started;
      const entry = { reqId, method: req.method, url: req.url, status: res.statusCode, ms };
      if (!res.writableFinished) logger.info(entry, 'request closed before its response ended');
      else if (res.statusCode >= 500) logger.error(entry, 'request failed');
      else logger.info(entry, 'request');
    });
    route(options, req, res).catch((error: unknown) => {
      logger.error({ reqId, err: error, method: req.method, url: req.url }, 'unhandled error');
      if (!res.headersSent) {
        res.statusCode = 500;
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(`Internal error (request ${reqId})`);
      } else {
        res.destroy();
      }
    });
  });
  // Slowloris protection and a bound on idle keep-alive sockets.
  server.headersTimeout = 20_000;
  server.requestTimeout = 120_000;
  server.keepAliveTimeout = keepAliveSeconds * 1000 * KEEP_ALIVE_HELD_PER_ADVERTISED;

  return {
    server,
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    close(graceMs = 10_000) {
      return new Promise((resolve) => {
        if (!server.listening) return resolve();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        force.unref();
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        // Idle keep-alive sockets would otherwise hold close() open until they time out.
        server.closeIdleConnections();
      });
    },
  };
}
