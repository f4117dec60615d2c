// The SQL that Manage offers runs for one page, captured from the product's own code
// (listSellerOffers, loaded from packages/api as the compose entry loads its script) on the
// seeded database, so the bare handler runs exactly the product's statements and parameters.
import { fileURLToPath } from 'node:url';
import { type Clock, systemClock } from '@offerdesk/api';
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import type { KyselyPlugin, QueryResult, RootOperationNode, UnknownRow } from 'kysely';

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
  const statements: CapturedStatement[] = [];
  const base = handle.db;
  const capture: KyselyPlugin = {
    transformQuery({ node, queryId }): RootOperationNode {
      const compiled = base.getExecutor().compileQuery(node, queryId);
      statements.push({ sql: compiled.sql, parameters: [...compiled.parameters] });
      return node;
    },
    transformResult: async ({ result }): Promise<QueryResult<UnknownRow>> => result,
  };
  const page = await listSellerOffers(base.withPlugin(capture), systemClock, accountId, input);
  return { statements, itemIds: page.items.map((item) => item.id) };
}
