// What every procedure gets: the database, configuration, clock, job queue, and who is calling.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import type { Logger } from 'pino';
import {
  CSRF_COOKIE,
  CSRF_HEADER,
  parseCookies,
  SESSION_COOKIE,
  serializeCookie,
} from './auth/cookies';
import type { SessionCache } from './auth/session-cache';
import { lookupSession, newToken, type SessionUser } from './auth/sessions';
import type { Clock } from './clock';
import type { ApiConfig } from './config';
import { AppError } from './errors';
import type { JobQueue } from './jobs/queue';

export type Services = {
  handle: DbHandle;
  db: Kysely<Database>;
  config: ApiConfig;
  clock: Clock;
  logger: Logger;
  jobs: JobQueue;
  /** Who is signed in, held for a few seconds (auth/session-cache.ts). */
  sessions: SessionCache;
};

export type Context = Services & {
  session: SessionUser | null;
  /** The session cookie's token as sent (to end it on logout). */
  sessionToken: string | null;
  ip: string;
  /** The CSRF token the request proved it can read (header = cookie = session's), or null. */
  csrfProof: string | null;
  setCookie: (cookie: string) => void;
};

export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

export async function createContext(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Context> {
  const cookies = parseCookies(req.headers.cookie);
  const outgoing: string[] = [];
  const setCookie = (cookie: string) => {
    outgoing.push(cookie);
    res.setHeader('Set-Cookie', outgoing);
  };
  let csrfCookie = cookies.get(CSRF_COOKIE) ?? null;
  if (!csrfCookie) {
    csrfCookie = newToken();
    setCookie(
      serializeCookie(CSRF_COOKIE, csrfCookie, {
        httpOnly: false,
        secure: services.config.secureCookies,
      }),
    );
  }
  const sessionToken = cookies.get(SESSION_COOKIE) ?? null;
  const session = sessionToken ? await lookupSession(services, sessionToken) : null;
  // Double submit (the header equals the cookie), and once signed in the token must also be
  // the one issued with this session, so a cookie planted before sign-in proves nothing.
  const header = req.headers[CSRF_HEADER];
  const csrfProof =
    typeof header === 'string' &&
    header.length > 0 &&
    header === cookies.get(CSRF_COOKIE) &&
    (!session || header === session.csrfToken)
      ? header
      : null;
  // Field by field, not `{ ...services, session, … }`: on Node 20's V8, spreading a plain object
  // and adding keys gives the result a hidden class of its own on every call. Each request then
  // left a new map in the old generation (with an enum cache, once tRPC copied the context):
  // about 1 MB/s promoted at 500 pages/s (three quarters of what each scavenge kept), and every
  // read of `ctx` megamorphic. context.test.ts checks that contexts share one hidden class.
  return {
    handle: services.handle,
    db: services.db,
    config: services.config,
    clock: services.clock,
    logger: services.logger,
    jobs: services.jobs,
    sessions: services.sessions,
    session,
    sessionToken,
    ip: clientIp(req),
    csrfProof,
    setCookie,
  };
}

/** What a call does, in tRPC's words; the file routes use the same two for reads and writes. */
export type CallKind = 'query' | 'mutation' | 'subscription';

/**
 * A state-changing call (a tRPC mutation, a file upload or removal) must prove it can read the
 * CSRF cookie (SameSite=Lax covers the rest). Checked before the session, by both.
 */
export function assertCsrfProof(context: Context, kind: CallKind): void {
  if (kind === 'mutation' && !context.csrfProof) {
    throw new AppError(
      'FORBIDDEN',
      'This request is missing its CSRF token; reload the page and try again.',
    );
  }
}

/** Who is signed in, or UNAUTHENTICATED. */
export function signedInSession(context: Context): SessionUser {
  if (!context.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return context.session;
}
