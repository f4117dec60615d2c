// Migrations are plain modules in ./migrations, named by date so they sort in order.
// They are listed here (not read from disk) so bundlers and tsx see them alike.
import type { Kysely } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as init from './migrations/2026-11-26-0001-init';
import * as notificationHtml from './migrations/2026-11-26-0002-notification-html';
import * as offerExpirationIndex from './migrations/2026-11-26-0003-offer-expiration-index';
import * as onboarding from './migrations/2026-11-26-0004-onboarding';
import type { Database } from './schema';

const migrations: Record<string, Migration> = {
  '2026-11-26-0001-init': init,
  '2026-11-26-0002-notification-html': notificationHtml,
  '2026-11-26-0003-offer-expiration-index': offerExpirationIndex,
  '2026-11-26-0004-onboarding': onboarding,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'offerdesk_migrations',
    migrationLockTableName: 'offerdesk_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
