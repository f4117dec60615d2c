// How the seed loads 600,000 rows fast without changing what it leaves behind: one
// transaction, foreign-key triggers off where the role may do that (the rows are consistent
// by construction, and the constraints stay declared), and the secondary indexes of the
// tables it fills dropped first and rebuilt from their own definitions at the end, which
// PostgreSQL does far faster than maintaining them row by row.
import type { Database, Kysely } from '@offerdesk/db';
import { CompiledQuery } from 'kysely';

export type Sql = (text: string, values?: unknown[]) => Promise<unknown[]>;

export function sqlOn(db: Kysely<Database>): Sql {
  return async (text, values = []) => {
    const result = await db.executeQuery(CompiledQuery.raw(text, values));
    return [...result.rows];
  };
}

const FILLED_TABLES = [
  'accounts',
  'users',
  'sessions',
  'offers',
  'offer_buyers',
  'offer_dimensions',
  'agreements',
];

type IndexDefinition = { name: string; definition: string };

/** Runs `load` in one transaction with the fast-load settings above. */
export async function bulkLoad<T>(
  db: Kysely<Database>,
  load: (sql: Sql, tx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (tx) => {
    const sql = sqlOn(tx);
    const [role] = (await sql(`SELECT current_setting('is_superuser') = 'on' AS superuser`)) as {
      superuser: boolean;
    }[];
    if (role?.superuser) await sql(`SET LOCAL session_replication_role = replica`);
    const indexes = (await sql(
      `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
       WHERE t.relname = ANY($1::text[]) AND t.relnamespace = 'public'::regnamespace
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      [FILLED_TABLES],
    )) as IndexDefinition[];
    for (const index of indexes) await sql(`DROP INDEX ${index.name}`);
    const loaded = await load(sql, tx);
    for (const index of indexes) await sql(index.definition);
    return loaded;
  });
}
