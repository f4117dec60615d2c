// The machine the figures were taken on, for the log and the README: CPUs, memory, Node, the
// database server's version, and how busy the machine was (other work inflates latencies).
import { readFileSync } from 'node:fs';
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

/** The machine's CPU time so far (/proc/stat, in ticks): all of it, and the host's steal. */
export type CpuTimes = { total: number; steal: number };

export function cpuTimes(): CpuTimes | null {
  try {
    // cpu  user nice system idle iowait irq softirq steal guest guest_nice
    const line = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0] ?? '';
    const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
    return { total: ticks.reduce((a, b) => a + b, 0), steal: ticks[7] ?? 0 };
  } catch {
    return null; // not Linux
  }
}

/**
 * The share of the machine's CPU time the hypervisor gave to others between two readings: when
 * it rises, this guest's threads wait for CPUs it believes idle, and latencies rise with it.
 */
export function stealPercent(from: CpuTimes | null, to: CpuTimes | null): string {
  if (!from || !to || to.total === from.total) return 'n/a';
  return `${((100 * (to.steal - from.steal)) / (to.total - from.total)).toFixed(1)} %`;
}
