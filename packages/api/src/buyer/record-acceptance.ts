// Everything an acceptance writes, in one statement (SPEC §5, §9, §10): the agreement, its
// invoices, the offer's "accepted" event and the sellers' notifications, as data-modifying
// CTEs of one INSERT, so the transaction pays one round trip for them. The rows are all built
// beforehand from what acceptance read; the statement fails as a whole (nothing written) when
// the UNIQUE (offer, buyer account) constraint finds an agreement made meanwhile. It is
// PREPARED, and built once per shape (compiledOnce): its text varies only with the number of
// invoices (at most MAX_INSTALLMENTS), of notifications (the two sellers) and the columns the
// rows set, so each connection plans each text once, and the server compiles it once instead
// of at every acceptance (about a fifth of the server's CPU for one). compiledOnce keeps the
// first 16 shapes it meets; a rarer one is built at each call, as every one was before.
import {
  type Agreement,
  type AgreementTable,
  compiledOnce,
  type Database,
  type InvoiceTable,
  type NotificationTable,
  type OfferEventTable,
  PREPARED,
  type Transaction,
} from '@offerdesk/db';
import type { Insertable } from 'kysely';

export type AcceptanceRows = {
  agreement: Insertable<AgreementTable>;
  invoices: Insertable<InvoiceTable>[];
  event: Insertable<OfferEventTable>;
  notifications: Insertable<NotificationTable>[];
};

/** The rows as one parameter per value, keyed `part.column` or `part.row.column`. */
type FlatRows = Record<string, unknown>;

/** Keyed by the flattened rows' names, which say the statement's shape. */
const writeStatement = compiledOnce(
  (db, values: FlatRows) => {
    const rows = unflatten(values);
    return db
      .with('agreement', (db) => db.insertInto('agreements').values(rows.agreement).returningAll())
      .with('invoice', (db) => db.insertInto('invoices').values(rows.invoices).returning('id'))
      .with('event', (db) => db.insertInto('offer_events').values(rows.event).returning('id'))
      .with('notification', (db) =>
        db
          .insertInto('notifications')
          .values(rows.notifications)
          .onConflict((oc) => oc.column('dedupe_key').doNothing())
          .returning('id'),
      )
      .selectFrom('agreement')
      .modifyFront(PREPARED)
      .selectAll('agreement');
  },
  (_db, shape: string) => shape,
);

export async function recordAcceptance(
  tx: Transaction<Database>,
  rows: AcceptanceRows,
): Promise<Agreement> {
  const values = flatten(rows);
  const [agreement] = await writeStatement(tx, values, Object.keys(values).join());
  if (!agreement) throw new Error('The acceptance wrote no agreement');
  return agreement;
}

const SINGLE = ['agreement', 'event'] as const;
const MANY = ['invoices', 'notifications'] as const;

function flatten(rows: AcceptanceRows): FlatRows {
  const flat: FlatRows = {};
  const put = (rowKey: string, row: object) => {
    for (const [column, value] of Object.entries(row)) {
      if (value !== undefined) flat[`${rowKey}.${column}`] = value;
    }
  };
  for (const part of SINGLE) put(part, rows[part]);
  for (const part of MANY) {
    for (const [i, row] of rows[part].entries()) put(`${part}.${i}`, row);
  }
  return flat;
}

/** The rows back from `flatten`'s keys (in its order, so each list keeps its order). */
function unflatten(flat: FlatRows): AcceptanceRows {
  const byRow = new Map<string, Record<string, unknown>>();
  for (const [key, value] of Object.entries(flat)) {
    const at = key.lastIndexOf('.');
    const rowKey = key.slice(0, at);
    const row = byRow.get(rowKey) ?? {};
    row[key.slice(at + 1)] = value;
    byRow.set(rowKey, row);
  }
  const listOf = (part: string) =>
    [...byRow].filter(([rowKey]) => rowKey.startsWith(`${part}.`)).map(([, row]) => row);
  return {
    agreement: byRow.get('agreement'),
    event: byRow.get('event'),
    invoices: listOf('invoices'),
    notifications: listOf('notifications'),
  } as AcceptanceRows;
}
