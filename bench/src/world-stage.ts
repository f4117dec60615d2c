// The stage the server entries share: the seeded database, the offersList plan made on it,
// and the real server started on it as its own process (as `pnpm start` runs it, at the
// default log level, demo data off). On PGlite the bare handler gets a copy of the seeded
// folder, since one PGlite folder belongs to one process.
import { cp, rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { type ServerProcess, startServerProcess } from '@offerdesk/harness';
import type { BareConfig } from './bare/bare-config';
import { type BenchDatabase, freshDatabase } from './database';
import type { BenchEnv } from './env';
import { type OffersListPlan, planOffersList } from './offers-list/plan';
import { seedWorld, type World } from './seed/seed-world';

export type WorldStage = {
  server: ServerProcess;
  world: World;
  plan: OffersListPlan;
  bareDatabase: BareConfig['database'];
  /** The end of the server's output, for the log when an entry failed. */
  outputTail(): string;
  close(): Promise<void>;
};

export async function openWorldStage(env: BenchEnv): Promise<WorldStage> {
  const database = await freshDatabase(env, 'world');
  let bareDir: string | null = null;
  try {
    const handle = await database.open();
    let world: World;
    let plan: OffersListPlan;
    try {
      world = await seedWorld(handle);
      plan = await planOffersList(handle, world.bigReseller.accountId);
    } finally {
      await handle.close();
    }
    console.log(`  seeded in ${(world.seedMs / 1000).toFixed(1)} s`);
    const bareDatabase = await bareDatabaseFor(database);
    if (bareDatabase.kind === 'pglite') bareDir = bareDatabase.dataDir;
    const started = performance.now();
    const server = await startServerProcess({
      env: { ...database.serverEnv, DEMO_DATA: 'false', LOG_LEVEL: 'info' },
    });
    console.log(`  server up in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return {
      server,
      world,
      plan,
      bareDatabase,
      outputTail: () => problems(server.output()),
      async close() {
        await server.stop();
        await removeAll(database, bareDir);
      },
    };
  } catch (error) {
    await removeAll(database, bareDir);
    throw error;
  }
}

/** The server's warnings, errors and non-JSON lines (a crash's stack), the last 30. */
function problems(output: string): string {
  return output
    .split('\n')
    .filter((line) => !line.startsWith('{') || /"level":(40|50|60)\b/.test(line))
    .slice(-30)
    .join('\n');
}

async function bareDatabaseFor(database: BenchDatabase): Promise<BareConfig['database']> {
  const url = database.serverEnv.DATABASE_URL;
  if (url) return { kind: 'postgres', url };
  if (!database.dataDir) throw new Error('a PGlite database without its folder');
  const dataDir = `${database.dataDir}-bare`;
  await cp(database.dataDir, dataDir, { recursive: true });
  return { kind: 'pglite', dataDir };
}

async function removeAll(database: BenchDatabase, bareDir: string | null): Promise<void> {
  await database.remove();
  if (bareDir) await rm(bareDir, { recursive: true, force: true });
}
