// The tRPC endpoint on node:http. tRPC's own node adapter streams each request body into a
// web ReadableStream and pipes each answer out through a WritableStream, with an
// AbortController and listeners per request: a tenth of what an acceptance cost the server
// (bench profile). The clients here use the non-streaming batch link, so the body is read whole
// (capped as the adapter capped it), and the calls they make are answered by trpc-calls.ts;
// whatever else arrives goes through tRPC's resolveResponse.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TRPCError } from '@trpc/server';
import { resolveResponse } from '@trpc/server/http';
import { type Context, createContext, type Services } from '../context';
import { databaseUnavailableError, isDatabaseUnavailable } from '../database-unavailable';
import { appRouter } from '../root';
import { BodyAbortedError, BodyTooLargeError, readBodyWithCap } from './files/read-body';
import { answerCalls, planCalls } from './trpc-calls';
import { endOnceBodyDiscarded } from './unread-body';

export const TRPC_PREFIX = '/trpc/';
const MAX_BODY_BYTES = 2 * 1024 * 1024;
const utf8 = new TextDecoder();

export function createTrpcHandler(services: Services) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const read = await readRequestBody(req);
    if (read instanceof BodyAbortedError) return;
    const path = url.pathname.slice(TRPC_PREFIX.length);
    const context = () => requestContext(services, req, res);
    const plan = read instanceof TRPCError ? null : planCalls(req, url, path, read);
    if (plan) await answerCalls(plan, res, context);
    else await answerThroughTrpc(req, res, path, read, context);
  };
}

/** The session is read before any procedure runs: a database that is down is a 503 too. */
export function requestContext(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<Context> {
  return createContext(services, req, res).catch((error: unknown) => {
    if (isDatabaseUnavailable(error)) throw databaseUnavailableError().toTRPCError();
    throw error;
  });
}

/** tRPC's own answer, for every request that is not a plain call (trpc-calls.ts). */
export async function answerThroughTrpc(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  read: string | undefined | TRPCError,
  context: () => Promise<Context>,
): Promise<void> {
  const request = new Request(`http://localhost${req.url ?? '/'}`, {
    method: req.method ?? 'GET',
    headers: headersOf(req),
    ...(typeof read === 'string' ? { body: read } : {}),
  });
  const response = await resolveResponse({
    router: appRouter,
    req: request,
    path,
    error: read instanceof TRPCError ? read : null,
    createContext: context,
  });
  const answer = Buffer.from(await response.arrayBuffer());
  res.statusCode = response.status;
  // Cookies are set on `res` by the context (setCookie), never on the Response.
  response.headers.forEach((value, key) => {
    if (key !== 'set-cookie') res.setHeader(key, value);
  });
  if (read instanceof TRPCError) endOnceBodyDiscarded(req, res, answer);
  else res.end(answer);
}

/** The body as text; none for GET; a 413 refusal past the cap; the client gone mid-body. */
export async function readRequestBody(
  req: IncomingMessage,
): Promise<string | undefined | TRPCError | BodyAbortedError> {
  if (req.method === 'GET' || req.method === 'HEAD') return undefined;
  try {
    return utf8.decode((await readBodyWithCap(req, MAX_BODY_BYTES)).bytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return new TRPCError({ code: 'PAYLOAD_TOO_LARGE' });
    if (error instanceof BodyAbortedError) return error;
    throw error;
  }
}

function headersOf(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (key.startsWith(':') || value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(key, item);
    else headers.append(key, value);
  }
  return headers;
}
