// A fresh database of the bench's own, on the backend the run is for: a throwaway PostgreSQL
// database beside DATABASE_URL's (dropped at the end), or an embedded PGlite folder in the
// temp dir (removed at the end). Nothing outlives the run, so a fresh clone measures the same.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect, type DbHandle } from '@offerdesk/db';
import { throwawayPostgres } from '@offerdesk/harness';
import type { BenchEnv } from './env';

export type BenchDatabase = {
  kind: BenchEnv['database'];
  /** The server's environment for this database (DATABASE_URL or DATA_DIR). */
  serverEnv: Record<string, string>;
  /** PGlite's folder (null on PostgreSQL): one process at a time may open it. */
  dataDir: string | null;
  /** A connection from the bench process (on PGlite: only while no server has the folder). */
  open(): Promise<DbHandle>;
  remove(): Promise<void>;
};

export async function freshDatabase(env: BenchEnv, label: string): Promise<BenchDatabase> {
  if (env.adminUrl) {
    const database = await throwawayPostgres(env.adminUrl, `offerdesk_bench_${label}`);
    return {
      kind: 'postgres',
      serverEnv: { DATABASE_URL: database.url },
      dataDir: null,
      open: () => connect({ databaseUrl: database.url }),
      remove: () => database.drop(),
    };
  }
  const dataDir = await mkdtemp(join(tmpdir(), `offerdesk-bench-${label}-`));
  return {
    kind: 'pglite',
    serverEnv: { DATA_DIR: dataDir },
    dataDir,
    open: () => connect({ dataDir }),
    remove: () => rm(dataDir, { recursive: true, force: true }),
  };
}
