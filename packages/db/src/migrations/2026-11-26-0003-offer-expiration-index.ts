// Manage offers sorts by expiry as well as by creation, fast at 100,000 offers per reseller:
// keyset pages walk this index. Drafts without a date sort after every dated offer.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX offers_reseller_expiration ON offers (reseller_account_id, (COALESCE(expiration_date, DATE '9999-12-31')), id)`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX offers_reseller_expiration`.execute(db);
}
