import { pino } from 'pino';
import type { Env } from './env';

export type Logger = pino.Logger;

/** How long a log line may wait in memory before it is written out. */
const FLUSH_EVERY_MS = 100;

/**
 * How much gathers before it is written sooner than that: about 40 request lines. Below
 * sonic-boom's 16 KB write limit (maxWrite), which it must be.
 */
const WRITE_AT_BYTES = 12 * 1024;

/**
 * One JSON line per event on stdout; request logs carry `reqId` (see http/server.ts). Lines
 * are gathered in memory and written together (12 KB, or every 100 ms): a line per request
 * must not cost each request a write(2) of its own, which on this 2-core machine was the
 * largest part of what the server spent on a Manage offers page. Each write is handed to a
 * libuv thread and its completion handed back: at 500 pages/s, 4 KB writes were about 40 such
 * hand-offs a second, and in the bench's profiles each held the main thread about 0.2 ms
 * (README, issue 9). pino writes out what is left when the process exits (a signal, a fatal
 * error, process.exit); a SIGKILL loses at most the last 100 ms of lines.
 */
export function createLogger(env: Pick<Env, 'logLevel' | 'role'>): Logger {
  const destination = pino.destination({
    dest: 1,
    sync: false,
    minLength: WRITE_AT_BYTES,
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
