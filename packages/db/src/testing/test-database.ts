// The database a test file uses, already migrated by global-setup.ts: opened on first use and
// closed after the file's tests (vitest gives each file its own module context). Tests isolate
// themselves with fresh random accounts (factories.ts), never by wiping tables.
import { readFileSync } from 'node:fs';
import { afterAll, inject } from 'vitest';
import { connect, type DbHandle } from '../connection';
import { createPostgresDatabase, dropPostgresDatabase } from './postgres-databases';
import './provided-context';

let shared: Promise<DbHandle> | null = null;

export function useTestDatabase(): Promise<DbHandle> {
  if (shared) return shared;
  const target = inject('testDatabase');
  const opening =
    target.kind === 'postgres'
      ? connect({ databaseUrl: target.url, poolSize: 8 })
      : connect({ dataDir: null, loadDataDir: new Blob([readFileSync(target.dumpPath)]) });
  shared = opening;
  afterAll(async () => {
    shared = null;
    await (await opening).close();
  });
  return opening;
}

/** A new, empty (unmigrated) database of the same kind as the suite's, dropped on close. */
export async function openEmptyDatabase(): Promise<DbHandle> {
  const target = inject('testDatabase');
  if (target.kind === 'pglite') return connect({ dataDir: null });
  const { name, url } = await createPostgresDatabase(target.adminUrl);
  const handle = await connect({ databaseUrl: url, poolSize: 2 });
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await dropPostgresDatabase(target.adminUrl, name);
    },
  };
}
