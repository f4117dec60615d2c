// A real server process on a throwaway PostgreSQL database, and a connection of the check's
// own to that database (factories, counts). Everything is removed by `close()`.
import type { DbHandle } from '@offerdesk/db';
import { connect } from '@offerdesk/db';
import { type ServerProcess, startServerProcess, throwawayPostgres } from '@offerdesk/harness';

export type ThrowawayServer = {
  server: ServerProcess;
  handle: DbHandle;
  databaseUrl: string;
  close(): Promise<void>;
};

export async function startThrowawayServer(
  adminUrl: string,
  options: { prefix: string; env?: Record<string, string> },
): Promise<ThrowawayServer> {
  const database = await throwawayPostgres(adminUrl, options.prefix);
  let server: ServerProcess | null = null;
  let handle: DbHandle | null = null;
  try {
    server = await startServerProcess({
      env: { DATABASE_URL: database.url, DEMO_DATA: 'false', ...options.env },
    });
    handle = await connect({ databaseUrl: database.url, poolSize: 4 });
  } catch (error) {
    await server?.kill();
    await database.drop();
    throw error;
  }
  const started = { server, handle };
  return {
    ...started,
    databaseUrl: database.url,
    async close() {
      await started.handle.close();
      await started.server.stop();
      await database.drop();
    },
  };
}
