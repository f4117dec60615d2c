// The bare handler of the offersList entry, in a process of its own like the product's
// server: node:http and the product's own list statements (captured by offers-list/plan.ts)
// through `pg` (or PGlite, on a copy of the seeded folder), with no tRPC, no session, no
// input parsing and no mapping of ours: the rows go out as JSON.stringify makes them. What
// the product adds on top of this is what the ratio measures.
//   node --import tsx bare-server.ts <config.json>   → prints "listening <port>"
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { BareConfig } from './bare-config';

type Query = (sql: string, parameters: unknown[]) => Promise<Record<string, unknown>[]>;

async function openDatabase(config: BareConfig): Promise<Query> {
  if (config.database.kind === 'postgres') {
    // The product's pool size and its keeping connections open (packages/db's connection.ts),
    // so both queue for connections alike.
    const pool = new pg.Pool({ connectionString: config.database.url, max: 10, min: 10 });
    return async (sql, parameters) => (await pool.query(sql, parameters)).rows;
  }
  const db = await PGlite.create(config.database.dataDir);
  return async (sql, parameters) => (await db.query<Record<string, unknown>>(sql, parameters)).rows;
}

const configPath = process.argv[2];
if (!configPath) throw new Error('usage: bare-server.ts <config.json>');
const config = JSON.parse(await readFile(configPath, 'utf8')) as BareConfig;
const query = await openDatabase(config);

const server = createServer(async (req, res) => {
  const page = config.pages[new URL(req.url ?? '/', 'http://bare').searchParams.get('page') ?? ''];
  const [main, ...byPage] = page?.statements ?? [];
  if (!page || !main) {
    res.writeHead(404).end();
    return;
  }
  try {
    // The product's page statement, then (if it has any) its statements over the page's IDs.
    const rows = (await query(main.sql, main.parameters)).slice(0, page.limit);
    const ids = rows.map((row) => row.id);
    const more = await Promise.all(byPage.map((statement) => query(statement.sql, ids)));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ rows, more }));
  } catch (error) {
    res.writeHead(500).end(String(error));
  }
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`listening ${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
