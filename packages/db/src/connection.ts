// One connection factory: embedded PGlite (persisted in a folder, or in memory) when no
// DATABASE_URL is given, a `pg` Pool when it is. Both parse int8 to `number` (money is
// integer cents ≤ 2^53 − 1, enforced by core) and calendar `date`s to 'YYYY-MM-DD' strings,
// so the rest of the code sees the same types on either backend.
import { mkdirSync } from 'node:fs';
import { PGlite, types as pgliteTypes } from '@electric-sql/pglite';
import { CompiledQuery, Kysely, PostgresDialect, type Transaction } from 'kysely';
import { PGliteDialect } from 'kysely-pglite-dialect';
import pg from 'pg';
import { copyInRow } from './copy-in';
import { copyOutFirstValue } from './copy-out';
import { type Listener, type ListenHandlers, listenPglite, listenPostgres } from './listen';
import { preparingPool } from './prepared-statements';
import type { Database } from './schema';

const INT8 = 20;
/**
 * PGlite's buffer pool. initdb's 128MB is set up in wasm memory at every open: about 0.4 s of
 * CPU of a server's cold start (issue 9). One embedded backend caches pages well in less, and
 * the operating system caches the files behind it.
 */
const PGLITE_SHARED_BUFFERS = '32MB';
const DATE = 1082;

export type DatabaseKind = 'postgres' | 'pglite';

export type DbHandle = {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The embedded instance when kind = 'pglite' (pg-boss and dumps need it). */
  pglite: PGlite | null;
  /** The server's URL when kind = 'postgres': pg-boss opens its own small pool with it. */
  databaseUrl: string | null;
  /** Runs raw SQL through Kysely's own connection handling (serialized on PGlite). */
  executeSql: (text: string, values?: unknown[]) => Promise<{ rows: unknown[] }>;
  /**
   * PostgreSQL only (null on PGlite): the first value `select` returns, as raw bytes, read
   * through binary COPY instead of `pg`'s hex text (copy-out.ts). Inline checked literals only.
   */
  copyOutFirstValue: ((select: string) => Promise<Buffer | null>) | null;
  /**
   * PostgreSQL only (null on PGlite): inserts one row through binary COPY, which stores a large
   * bytea with less CPU than an INSERT parameter (copy-in.ts). Not in any open transaction.
   */
  copyInRow: ((table: string, columns: string[], fields: Uint8Array[]) => Promise<void>) | null;
  /** LISTEN on a channel (NOTIFY from any connection, any process on PostgreSQL). */
  listen: (channel: string, handlers: ListenHandlers) => Promise<Listener>;
  close: () => Promise<void>;
};

export type ConnectOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir?: string | null; loadDataDir?: Blob };

function parseInt8(value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${value} exceeds 2^53 - 1`);
  return n;
}

export async function connect(options: ConnectOptions): Promise<DbHandle> {
  if ('databaseUrl' in options) return connectPostgres(options.databaseUrl, options.poolSize);
  return connectPglite(options.dataDir ?? null, options.loadDataDir);
}

async function connectPostgres(databaseUrl: string, poolSize = 10): Promise<DbHandle> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: poolSize,
    // Keep every connection once opened. pg's pool closes one idle for 10 s, and a page mostly
    // reuses the same two or three: after a quiet spell a burst of calls waited for new
    // connections, each a new backend whose prepared statements are all planned again
    // (10-30 ms for the first ten pages, issue 9's offersList).
    min: poolSize,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
        if (oid === INT8) return parseInt8;
        if (oid === DATE) return (value: string) => value;
        return pg.types.getTypeParser(oid, format);
      }) as typeof pg.types.getTypeParser,
    },
  });
  // An idle client losing its server (a restart) must not crash the process.
  pool.on('error', () => {});
  // Nor may one that is checked out: the pool takes its own listener off a client it hands
  // out, and a server that goes away between two statements of a transaction (pg_ctl stop
  // cuts every connection) emits 'error' on it, which unheard is an uncaught exception. The
  // client's next statement fails instead (the API answers 503), and the pool discards it.
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: preparingPool(pool) }) });
  return {
    db,
    kind: 'postgres',
    pglite: null,
    databaseUrl,
    executeSql: (text, values = []) => executeRaw(db, text, values),
    copyOutFirstValue: (select) => copyOutFirstValue(pool, select),
    copyInRow: (table, columns, fields) => copyInRow(pool, table, columns, fields),
    listen: async (channel, handlers) => listenPostgres(databaseUrl, channel, handlers),
    close: () => db.destroy(),
  };
}

async function connectPglite(dataDir: string | null, loadDataDir?: Blob): Promise<DbHandle> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create(dataDir ?? undefined, {
    loadDataDir,
    startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${PGLITE_SHARED_BUFFERS}`],
    parsers: {
      [pgliteTypes.INT8]: (value: string) => parseInt8(value),
      [pgliteTypes.DATE]: (value: string) => value,
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
  return {
    db,
    kind: 'pglite',
    pglite,
    databaseUrl: null,
    executeSql: (text, values = []) => executeRaw(db, text, values),
    copyOutFirstValue: null,
    copyInRow: null,
    listen: (channel, handlers) => listenPglite(pglite, channel, handlers),
    close: () => db.destroy(),
  };
}

async function executeRaw(db: Kysely<Database>, text: string, values: unknown[]) {
  const result = await db.executeQuery(CompiledQuery.raw(text, values));
  return { rows: result.rows as unknown[] };
}

export type { Listener, ListenHandlers, Transaction };
