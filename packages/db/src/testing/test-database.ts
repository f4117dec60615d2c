// The database a test file uses, already migrated by global-setup.ts: opened on first use and
// closed after the file's tests (vitest gives each file its own module context). Tests isolate
// themselves with fresh random accounts (factories.ts), never by wiping tables.
import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { connect, type DbHandle } from '../connection';
import { migrateToLatest } from '../migrate';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-databases';
import './provided-context';

let shared: Promise<DbHandle> | null = null;

/**
 * `isolated`: for suites whose assertions cover every row of a table (a calendar tick that
 * issues all due invoices), a database of their own on PostgreSQL too, where files otherwise
 * share one. On PGlite every file already has its own.
 */
export function useTestDatabase(options: { isolated?: boolean } = {}): Promise<DbHandle> {
  if (shared) return shared;
  const target = inject('testDatabase');
  const opening =
    target.kind === 'pglite'
      ? connect({ dataDir: null, loadDataDir: new Blob([readFileSync(target.dumpPath)]) })
      : options.isolated
        ? openMigratedDatabase()
        : connect({ databaseUrl: target.url, poolSize: 8 });
  shared = opening;
  afterAll(async () => {
    shared = null;
    await (await opening).close();
  });
  return opening;
}

async function openMigratedDatabase(): Promise<DbHandle> {
  const handle = await openEmptyDatabase();
  await migrateToLatest(handle.db);
  return handle;
}

/** A new, empty (unmigrated) database of the same kind as the suite's, dropped on close. */
export async function openEmptyDatabase(): Promise<DbHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') return connect({ dataDir: null });
  const { name, url } = await createPostgresDatabase(target.adminUrl);
  const handle = await connect({ databaseUrl: url, poolSize: 4 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropPostgresDatabase(target.adminUrl, name);
    },
  };
}
