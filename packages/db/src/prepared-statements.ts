// Named prepared statements for the hot reads. A statement whose text carries PREPARED (put
// after SELECT with Kysely's modifyFront) is sent to PostgreSQL by name: parsed and planned
// once per connection, then only bound and executed — planning is most of what a short
// keyset page costs the server, and more than half of what acceptance's statements cost it.
// Only for fixed-shape statements whose generic plan suits every parameter value (an index
// walk for any account), and never for a text that varies freely with the input (IN lists,
// search patterns): each marked text stays prepared on every pooled connection for its life.
// A text that varies within a small fixed bound is fine (acceptance's write has one text per
// invoice count). On PGlite the mark is a comment and nothing else.
import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { sql } from 'kysely';
import pg from 'pg';

const MARK = '/* prepared */';

/** `query.modifyFront(PREPARED)`: plan this statement once per connection. */
export const PREPARED = sql.raw(MARK);

/** A raw statement text (pg-boss's) marked as PREPARED marks a built one. */
export function preparedText(text: string): string {
  return `${MARK} ${text}`;
}

const names = new Map<string, string>();

function nameOf(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `p_${createHash('sha256').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Sends a marked statement by name. A Query is built from the text and then named, because a
 * config object (`{ name, text, values }`) is first copied property by property by pg
 * (`cloneQueryConfig`), on every page: 2.4 % of the server's CPU at 500 pages/s (issue 9).
 */
function namedQuery(client: pg.PoolClient, text: string, parameters: ReadonlyArray<unknown>) {
  return new Promise<pg.QueryResult>((resolve, reject) => {
    const query = new pg.Query(text, [...parameters], (error, result) =>
      error ? reject(error) : resolve(result as unknown as pg.QueryResult),
    );
    (query as unknown as { name: string }).name = nameOf(text);
    // pg's own promise also re-captures an error's stack; Kysely adds the caller's already.
    client.query(query);
  });
}

function preparingClient(client: pg.PoolClient): PostgresPoolClient {
  return {
    query: ((text: unknown, parameters?: ReadonlyArray<unknown>) => {
      if (typeof text === 'string' && text.includes(MARK)) {
        return namedQuery(client, text, parameters ?? []);
      }
      return (client.query as (...args: unknown[]) => unknown)(text, parameters);
    }) as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
    get processID() {
      return (client as unknown as { processID?: number }).processID;
    },
  };
}

/**
 * The pool Kysely is given: the same pool, its clients sending marked statements by name.
 * Each pooled connection keeps one wrapper: Kysely keys its own connection object by the
 * client it is handed (a WeakMap), so a new wrapper per checkout had it build a connection
 * object and a WeakMap entry for every statement.
 */
export function preparingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    Client: (pool as unknown as PostgresPool).Client,
    options: pool.options,
    connect: async () => {
      const client = await pool.connect();
      let wrapped = wrappers.get(client);
      if (!wrapped) {
        wrapped = preparingClient(client);
        wrappers.set(client, wrapped);
      }
      return wrapped;
    },
    end: () => pool.end(),
  };
}
