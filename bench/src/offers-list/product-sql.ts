// The SQL that Manage offers runs for one page, captured from the product's own code
// (listSellerOffers, loaded from packages/api as the compose entry loads its script) on the
// seeded database, so the bare handler runs exactly the product's statements and parameters.
import { fileURLToPath } from 'node:url';
import { type Clock, systemClock } from '@offerdesk/api';
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import type {
  CompiledQuery,
  KyselyPlugin,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from 'kysely';

export type CapturedStatement = { sql: string; parameters: unknown[] };

type ListSellerOffers = (
  db: Kysely<Database>,
  clock: Clock,
  accountId: string,
  input: { cursor?: string | null; limit: number; sort: 'created'; direction: 'desc' },
) => Promise<{ items: { id: string }[]; nextCursor: string | null }>;

const LIST_OFFERS = fileURLToPath(
  new URL('./offers/list-offers.ts', import.meta.resolve('@offerdesk/api')),
);

export type ListPageInput = { limit: number; sort: 'created'; direction: 'desc'; cursor?: string };

/** The page's statements in the order the product runs them, and the page it got. */
export async function captureListSql(
  handle: DbHandle,
  accountId: string,
  input: ListPageInput,
): Promise<{ statements: CapturedStatement[]; itemIds: string[] }> {
  const { listSellerOffers } = (await import(LIST_OFFERS)) as {
    listSellerOffers: ListSellerOffers;
  };
  // Two ways in: a statement the query builder runs passes the plugin as it is compiled; one
  // built once and run with fresh values (compiledOnce) is compiled before its first run, with
  // placeholders, and then runs through executeQuery, which gives its run's values.
  const statements = new Map<string, CapturedStatement>();
  let runs = 0;
  const base = handle.db;
  const capture: KyselyPlugin = {
    transformQuery({ node, queryId }): RootOperationNode {
      const compiled = base.getExecutor().compileQuery(node, queryId);
      statements.set(queryId.queryId, { sql: compiled.sql, parameters: [...compiled.parameters] });
      return node;
    },
    transformResult: async ({ result }): Promise<QueryResult<UnknownRow>> => result,
  };
  const plugged = base.withPlugin(capture);
  const db = new Proxy(plugged, {
    get(target, property) {
      if (property === 'executeQuery') {
        return (query: CompiledQuery) => {
          runs += 1;
          statements.delete(query.queryId.queryId);
          statements.set(`run ${runs}`, { sql: query.sql, parameters: [...query.parameters] });
          return target.executeQuery(query);
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const page = await listSellerOffers(db, systemClock, accountId, input);
  return { statements: [...statements.values()], itemIds: page.items.map((item) => item.id) };
}
