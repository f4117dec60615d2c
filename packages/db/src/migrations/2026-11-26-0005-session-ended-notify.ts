// Every ended session (sign-out, a new sign-in, a password reset, removal from the account,
// a DELETE by hand) is announced on a channel, so every server process can forget the
// session it holds in memory (packages/api auth/session-cache.ts) the moment it commits.
import { type Kysely, sql } from 'kysely';

// One statement per query: PGlite's extended protocol refuses several in one.
const UP = [
  `CREATE FUNCTION offerdesk_session_ended() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     PERFORM pg_notify('offerdesk_session_ended', OLD.id);
     RETURN OLD;
   END $$`,
  `CREATE TRIGGER sessions_ended AFTER DELETE ON sessions
   FOR EACH ROW EXECUTE FUNCTION offerdesk_session_ended()`,
];

const DOWN = [`DROP TRIGGER sessions_ended ON sessions`, `DROP FUNCTION offerdesk_session_ended()`];

export async function up(db: Kysely<any>): Promise<void> {
  for (const statement of UP) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const statement of DOWN) await sql.raw(statement).execute(db);
}
