// The machine the figures were taken on, for the log and the README: CPUs, memory, Node, the
// database server's version, and how busy the machine was (other work inflates latencies).
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { connect } from '@offerdesk/db';
import type { BenchEnv } from './env';

export async function describeMachine(env: BenchEnv): Promise<string> {
  const handle = env.adminUrl
    ? await connect({ databaseUrl: env.adminUrl, poolSize: 1 })
    : await connect({ dataDir: null });
  let version = 'unknown';
  try {
    const { rows } = await handle.executeSql(`SELECT current_setting('server_version') AS v`);
    version = (rows[0] as { v?: string } | undefined)?.v ?? version;
  } finally {
    await handle.close();
  }
  const database = env.adminUrl ? `PostgreSQL ${version}` : `PGlite (PostgreSQL ${version})`;
  const memory = `${Math.round(totalmem() / 2 ** 30)} GiB`;
  return `${availableParallelism()} CPUs, ${memory}, Node ${process.version}, ${database}`;
}

export function loadAverage(): string {
  return loadavg()
    .map((n) => n.toFixed(2))
    .join(' / ');
}
