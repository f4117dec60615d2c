import { pino } from 'pino';
import type { Env } from './env';

export type Logger = pino.Logger;

/** How long a log line may wait in memory before it is written out. */
const FLUSH_EVERY_MS = 100;

/**
 * One JSON line per event on stdout; request logs carry `reqId` (see http/server.ts). Lines
 * are gathered in memory and written together (4 KB, or every 100 ms): a line per request
 * must not cost each request a write(2) of its own, which on this 2-core machine was the
 * largest part of what the server spent on a Manage offers page. pino writes out what is
 * left when the process exits (a signal, a fatal error, process.exit); a SIGKILL loses at
 * most the last 100 ms of lines.
 */
export function createLogger(env: Pick<Env, 'logLevel' | 'role'>): Logger {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: 4096,
    periodicFlush: FLUSH_EVERY_MS,
  });
  return pino(
    {
      level: env.logLevel,
      base: { service: 'offerdesk', role: env.role, pid: process.pid },
      // Cookies and CSRF tokens are credentials; they never belong in a log line.
      redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
    },
    destination,
  );
}
