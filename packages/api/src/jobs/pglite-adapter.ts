// pg-boss on embedded PGlite, without ever running inside someone else's transaction.
//
// PGlite is one connection, and kysely-pglite-dialect runs a Kysely transaction as plain
// BEGIN … COMMIT statements on it while holding its driver's connection token. pg-boss's own
// PGlite adapter (fromPglite) calls the PGlite instance directly, so a poll arriving between
// a Kysely BEGIN and COMMIT would run inside that unrelated transaction (and be rolled back
// with it, or see its uncommitted rows). Here every pg-boss statement first takes Kysely's
// connection token (`db.connection().execute`), which Kysely hands out only between
// transactions and queries, then runs through fromPglite unchanged. fromPglite is kept, not
// replaced by `handle.executeSql`, because pg-boss also sends parameterless multi-statement
// blocks (`BEGIN; … ; COMMIT;` for its locked maintenance steps and migrations) that need
// PGlite's exec(); Kysely's dialect only uses query(), which refuses several statements.
// fromPglite's ROLLBACK after a failed block also runs while the token is held, so an aborted
// block can never leak into the next Kysely query.
import type { Database, DbHandle, Kysely } from '@offerdesk/db';
import { type Db, fromPglite, type PGliteLike } from 'pg-boss';

type PGlite = NonNullable<DbHandle['pglite']>;

export function serializedPgliteDb(db: Kysely<Database>, pglite: PGlite): Db {
  const inner = fromPglite(pglite as unknown as PGliteLike);
  const exclusive = <T>(work: () => Promise<T>): Promise<T> =>
    db.connection().execute(() => work());
  const adapter: Db = {
    executeSql: (text, values) => exclusive(() => inner.executeSql(text, values)),
  };
  const { listen, setSessionStatements } = inner;
  if (listen) {
    // LISTEN and UNLISTEN are statements too: inside a Kysely transaction that rolls back,
    // a LISTEN would silently be undone.
    adapter.listen = async (channel, onNotification, onReconnect) => {
      const handle = await exclusive(() => listen(channel, onNotification, onReconnect));
      return { close: () => exclusive(() => handle.close()) };
    };
  }
  if (setSessionStatements) {
    adapter.setSessionStatements = (statements) =>
      exclusive(() => setSessionStatements(statements));
  }
  return adapter;
}
