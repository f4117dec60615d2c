// Notifications keep the HTML part of their mail beside the plain text, rendered once when the
// row is made, so a resend (or the development mailbox) shows exactly what was first sent.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN body_html text NOT NULL DEFAULT ''`.execute(db);
  // The seller and buyer lists count unread rows per account and audience.
  await sql`CREATE INDEX notifications_unread ON notifications (recipient_account_id, audience) WHERE read_at IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX notifications_unread`.execute(db);
  await sql`ALTER TABLE notifications DROP COLUMN body_html`.execute(db);
}
