// The notifications table is the mail queue (packages/api notifications/mail-outbox.ts): a
// PENDING row is due at `email_due_at`, which a failed send moves later (backoff). It was a
// pg-boss job per event, and each job row cost an insert and two updates across pg-boss's
// indexes: in the accept bench, a fifth of what an acceptance cost PostgreSQL and the server
// (issue 9). Rows pending from before are due at once; their old jobs are left unworked.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`ALTER TABLE notifications ADD COLUMN email_due_at timestamptz NOT NULL DEFAULT now()`.execute(
    db,
  );
  await sql`CREATE INDEX notifications_mail_due ON notifications (email_due_at) WHERE email_status = 'PENDING'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX notifications_mail_due`.execute(db);
  await sql`ALTER TABLE notifications DROP COLUMN email_due_at`.execute(db);
}
