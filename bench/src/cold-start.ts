// The coldStart entry (issue 9): from spawning the server (as `pnpm start` runs it, demo mode)
// to its first 200 on /trpc/health, on a new PGlite folder (migrations and demo data run), on
// that folder again (started once before), and on a PostgreSQL database started once before
// (only when DATABASE_URL is set). The new folder once; the existing databases the median of
// three starts. Target: an existing database ≤ 3,000 ms.
import { performance } from 'node:perf_hooks';
import { startServerProcess } from '@offerdesk/harness';
import { type BenchDatabase, freshDatabase } from './database';
import { atMost, type BenchEntry, type Check, reported } from './entry';
import type { BenchEnv } from './env';
import { median } from './measure';

export const COLD_START_TARGETS = { existingMs: 3_000 };
const STARTS = 3;
const HEALTH_TIMEOUT_MS = 120_000;

export type ColdStartFigures = {
  pgliteNewMs: number;
  pgliteExistingMs: number;
  postgresMs: number | null;
};

/** One start, timed to its first 200 (polled every 10 ms), then stopped. */
async function timeStart(database: BenchDatabase): Promise<number> {
  const started = performance.now();
  const server = await startServerProcess({
    env: database.serverEnv,
    healthPollMs: 10,
    healthTimeoutMs: HEALTH_TIMEOUT_MS,
  });
  const ms = performance.now() - started;
  await server.stop();
  return ms;
}

/** A fresh database started once (timed: `newMs`), then started again `STARTS` times. */
async function measureStarts(env: BenchEnv, kind: 'pglite' | 'postgres') {
  const database = await freshDatabase(
    kind === 'pglite' ? { ...env, adminUrl: null } : env,
    'cold',
  );
  try {
    const newMs = await timeStart(database);
    const again: number[] = [];
    for (let i = 0; i < STARTS; i += 1) again.push(await timeStart(database));
    return { newMs, existingMs: median(again) };
  } finally {
    await database.remove();
  }
}

export const coldStartEntry: BenchEntry<'coldStart', ColdStartFigures, BenchEnv> = {
  key: 'coldStart',
  run: async (env) => {
    const pglite = await measureStarts(env, 'pglite');
    const postgres = env.adminUrl ? await measureStarts(env, 'postgres') : null;
    const figures: ColdStartFigures = {
      pgliteNewMs: Math.round(pglite.newMs),
      pgliteExistingMs: Math.round(pglite.existingMs),
      postgresMs: postgres ? Math.round(postgres.existingMs) : null,
    };
    const ms = ' ms';
    const checks: Check[] = [
      reported('new PGlite (migrations, demo data)', `${figures.pgliteNewMs} ms`),
      atMost('existing PGlite', figures.pgliteExistingMs, COLD_START_TARGETS.existingMs, ms),
      figures.postgresMs === null
        ? reported('PostgreSQL', 'not measured: DATABASE_URL is not set')
        : atMost('existing PostgreSQL', figures.postgresMs, COLD_START_TARGETS.existingMs, ms),
    ];
    return { figures, checks };
  },
};
