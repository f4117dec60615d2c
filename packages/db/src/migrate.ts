// Migrations are plain modules in ./migrations, named by date so they sort in order.
// They are listed here (not read from disk) so bundlers and tsx see them alike.
import { type Kysely, sql } from 'kysely';
import { type Migration, type MigrationProvider, Migrator } from 'kysely/migration';
import * as init from './migrations/2026-11-26-0001-init';
import * as notificationHtml from './migrations/2026-11-26-0002-notification-html';
import * as offerExpirationIndex from './migrations/2026-11-26-0003-offer-expiration-index';
import * as onboarding from './migrations/2026-11-26-0004-onboarding';
import * as sessionEndedNotify from './migrations/2026-11-26-0005-session-ended-notify';
import * as calendarTickIndexes from './migrations/2026-11-26-0006-calendar-tick-indexes';
import * as mailOutbox from './migrations/2026-11-28-0007-mail-outbox';
import type { Database } from './schema';

const migrations: Record<string, Migration> = {
  '2026-11-26-0001-init': init,
  '2026-11-26-0002-notification-html': notificationHtml,
  '2026-11-26-0003-offer-expiration-index': offerExpirationIndex,
  '2026-11-26-0004-onboarding': onboarding,
  '2026-11-26-0005-session-ended-notify': sessionEndedNotify,
  '2026-11-26-0006-calendar-tick-indexes': calendarTickIndexes,
  '2026-11-28-0007-mail-outbox': mailOutbox,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

const MIGRATION_TABLE = 'offerdesk_migrations';
const LATEST = Object.keys(migrations).sort().at(-1);

/**
 * One query: has this database applied the newest migration? Every start but the first says
 * yes, and skips the Migrator's table checks, lock and bookkeeping (a dozen statements).
 */
async function isAtLatest(db: Kysely<Database>): Promise<boolean> {
  try {
    const { rows } = await sql<{ name: string }>`
      SELECT name FROM ${sql.table(MIGRATION_TABLE)} ORDER BY name DESC LIMIT 1
    `.execute(db);
    return rows[0]?.name === LATEST;
  } catch {
    // No migration table yet (a new database); any other failure resurfaces in the Migrator.
    return false;
  }
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  if (await isAtLatest(db)) return [];
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: MIGRATION_TABLE,
    migrationLockTableName: 'offerdesk_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
