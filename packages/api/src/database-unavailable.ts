// When PostgreSQL cannot be reached (stopped, restarting, its connections cut) a request fails
// through no fault of its own and would succeed a moment later: that is 503 Service
// Unavailable, which clients may retry, never a 500 that reads as a bug. The pg pool drops the
// broken connections by itself and opens new ones once the database is back, so nothing else
// has to happen for the server to recover.
import { AppError } from './errors';

/** Node's socket errors when the server is not there (or went away mid-conversation). */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server shutting down, starting up or out of connections: 57P01
 * admin_shutdown (pg_ctl stop -m fast), 57P02 crash_shutdown, 57P03 cannot_connect_now,
 * 53300 too_many_connections. Class 08 (connection exception) is matched by its prefix.
 */
const SERVER_CODES = new Set(['57P01', '57P02', '57P03', '53300']);

/** pg's own errors for a connection that ended under it, which carry no code. */
const PG_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'timeout exceeded when trying to connect',
];

export const databaseUnavailableMessage =
  'Offerdesk cannot reach its database right now; please try again in a moment.';

function matches(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (SOCKET_CODES.has(code) || SERVER_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) {
      return true;
    }
  }
  return PG_MESSAGES.some((message) => error.message.startsWith(message));
}

/** Whether `error` (or what caused it) says the database cannot be reached. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next || seen.has(next)) continue;
    seen.add(next);
    if (matches(next)) return true;
    if (next instanceof Error) {
      pending.push(next.cause);
      // Connecting to "localhost" tries ::1 and 127.0.0.1: both refusals come in one AggregateError.
      if (next instanceof AggregateError) pending.push(...next.errors);
    }
  }
  return false;
}

export function databaseUnavailableError(): AppError {
  return new AppError('UNAVAILABLE', databaseUnavailableMessage);
}
