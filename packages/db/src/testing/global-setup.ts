// Vitest global setup for suites that need a database. Runs once per test project, in the main
// process: on PGlite it migrates one embedded database and dumps it, so each worker loads the
// dump (~1 s) instead of migrating a new one (~4 s+); on PostgreSQL it creates a fresh
// database for this run (never reusing whatever an earlier run left in DATABASE_URL's) and
// drops it afterwards.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { connect } from '../connection';
import { migrateToLatest } from '../migrate';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-databases';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase:
      | { kind: 'pglite'; dumpPath: string }
      | { kind: 'postgres'; url: string; adminUrl: string };
  }
}

export default async function setup(project: TestProject) {
  const kind = project.config.env?.OFFERDESK_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
  return kind === 'postgres' ? setupPostgres(project) : setupPglite(project);
}

async function setupPglite(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'offerdesk-test-'));
  const handle = await connect({ dataDir: null });
  await migrateToLatest(handle.db);
  const dump = await handle.pglite?.dumpDataDir('none');
  await handle.close();
  if (!dump) throw new Error('PGlite dump failed');
  const dumpPath = join(dir, 'migrated.tar');
  writeFileSync(dumpPath, new Uint8Array(await dump.arrayBuffer()));
  project.provide('testDatabase', { kind: 'pglite', dumpPath });
  return () => rmSync(dir, { recursive: true, force: true });
}

async function setupPostgres(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('the postgres test project needs DATABASE_URL');
  const { name, url } = await createPostgresDatabase(adminUrl);
  const handle = await connect({ databaseUrl: url.toString(), poolSize: 2 });
  await migrateToLatest(handle.db);
  await handle.close();
  project.provide('testDatabase', { kind: 'postgres', url: url.toString(), adminUrl });
  return () => dropPostgresDatabase(adminUrl, name);
}
