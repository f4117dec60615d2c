// The calendar tick (packages/api invoices/calendar-tick.ts) asks every minute for the
// published offers expiring in the next three days and for the disbursements not yet paid
// out. The offers ask was a parallel sequential scan: at 200,000 offers it took both cores
// for 50 ms a minute, and every request in flight waited (bench, issue 9); the index makes it
// a 3 ms index scan. The disbursements ask has the same shape and grows with every agreement.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX offers_published_expiration ON offers (expiration_date) WHERE status = 'PUBLISHED'`.execute(
    db,
  );
  await sql`CREATE INDEX disbursements_unpaid ON disbursements (scheduled_on) WHERE paid_out_at IS NULL`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`DROP INDEX disbursements_unpaid`.execute(db);
  await sql`DROP INDEX offers_published_expiration`.execute(db);
}
