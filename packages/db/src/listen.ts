// LISTEN on one channel, on either backend. On PostgreSQL a dedicated connection (LISTEN
// holds its connection, so it cannot come from the pool) that reconnects after it is lost;
// on PGlite the instance's own notifications (one process: nothing to lose).
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

export type ListenHandlers = {
  onMessage: (payload: string) => void;
  /** Notifications may have been missed from now on (the connection went away). */
  onLost: () => void;
  /** Listening (again): notifications arrive from now on. */
  onListening: () => void;
};

export type Listener = { stop: () => Promise<void> };

const RECONNECT_MS = 1_000;

export async function listenPglite(
  pglite: PGlite,
  channel: string,
  handlers: ListenHandlers,
): Promise<Listener> {
  const unlisten = await pglite.listen(channel, handlers.onMessage);
  handlers.onListening();
  return { stop: () => unlisten() };
}

export function listenPostgres(
  databaseUrl: string,
  channel: string,
  handlers: ListenHandlers,
): Listener {
  let stopped = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | null = null;

  const lost = (from: pg.Client) => {
    if (client !== from) return;
    client = null;
    from.end().catch(() => {});
    handlers.onLost();
    if (!stopped) retry = setTimeout(open, RECONNECT_MS);
  };

  async function open(): Promise<void> {
    retry = null;
    const next = new pg.Client({ connectionString: databaseUrl });
    client = next;
    next.on('error', () => lost(next));
    next.on('end', () => lost(next));
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onMessage(message.payload ?? '');
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
      if (client === next && !stopped) handlers.onListening();
    } catch {
      lost(next);
    }
  }

  void open();
  return {
    async stop() {
      stopped = true;
      if (retry) clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}
