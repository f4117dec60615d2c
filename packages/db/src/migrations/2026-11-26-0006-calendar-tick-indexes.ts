// The calendar tick (packages/api invoices/calendar-tick.ts) asks every minute for the
// published offers expiring in the next three days and for the disbursements not yet paid
// out. Without these, each ask was a parallel sequential scan: at 200,000 offers it took both
// cores for 50 ms a minute, and every request in flight waited (bench, issue 9).
import { type Kysely, sql } from 'kysely';

// One statement per query: PGlite's extended protocol refuses several in one.
const UP = [
  `CREATE INDEX offers_published_expiration ON offers (expiration_date) WHERE status = 'PUBLISHED'`,
  `CREATE INDEX disbursements_unpaid ON disbursements (scheduled_on) WHERE paid_out_at IS NULL`,
];

const DOWN = [`DROP INDEX disbursements_unpaid`, `DROP INDEX offers_published_expiration`];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
