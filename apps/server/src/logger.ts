import { pino } from 'pino';
import type { Env } from './env';

export type Logger = pino.Logger;

/** One JSON line per event on stdout; request logs carry `reqId` (see http/server.ts). */
export function createLogger(env: Pick<Env, 'logLevel' | 'role'>): Logger {
  return pino({
    level: env.logLevel,
    base: { service: 'offerdesk', role: env.role, pid: process.pid },
    // Cookies and CSRF tokens are credentials; they never belong in a log line.
    redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'],
  });
}
