// An open-loop load generator: request i is sent at start + i / rate, whether or not earlier
// ones have answered, over a fixed pool of keep-alive connections (undici). A slow server
// therefore meets a growing queue, as it would with real users, instead of being asked
// politely for less (autocannon's overallRate sends each second's quota in a burst and then
// waits, which is neither a fixed rate nor what users do).
//
// Latency runs from the moment a request is handed to the pool (so time queued for a free
// connection counts) to the end of its body. `lagMs` is how late the generator itself sent
// requests: when that grows, the figures say more about the generator than the server.
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { Pool } from 'undici';

export type LoadRequest = {
  path: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
};

export type LoadOptions = {
  origin: string;
  ratePerSecond: number;
  durationMs: number;
  connections: number;
  /** The i-th request of this run. */
  request: (index: number) => LoadRequest;
  /** A 2xx answer whose body is wrong counts as an error (checked on every answer). */
  check?: (body: string) => boolean;
  /**
   * Stop sending once the oldest unanswered request is this old: the server has fallen that
   * far behind, the run has failed, and sending on only lengthens the wait for the backlog.
   */
  giveUpBehindMs?: number;
};

export type LoadRun = {
  sent: number;
  ok: number;
  errors: number;
  /** A few error descriptions (status and body start), for the log. */
  errorSamples: string[];
  /** Milliseconds, sorted ascending, of the 2xx answers. */
  latencies: number[];
  /** How long after the last scheduled send the last answer came. */
  drainMs: number;
  /** The 99th percentile of send lateness against the schedule. */
  lagP99Ms: number;
  /** Set when the run stopped sending early (giveUpBehindMs): after this many ms. */
  gaveUpAfterMs: number | null;
  /** Requests dropped unanswered when the run gave up (not counted as errors). */
  abandoned: number;
};

export async function runFixedRate(options: LoadOptions): Promise<LoadRun> {
  const pool = new Pool(options.origin, {
    connections: options.connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  const total = Math.round((options.ratePerSecond * options.durationMs) / 1000);
  const interval = 1000 / options.ratePerSecond;
  const latencies: number[] = [];
  const lags: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const unanswered = new Map<number, number>();
  const giveUp = new AbortController();
  // Every request listens to it: no listener limit.
  setMaxListeners(0, giveUp.signal);
  let abandoned = 0;

  const send = async (index: number, sentAt: number) => {
    unanswered.set(index, sentAt);
    const { path, method, headers, body } = options.request(index);
    try {
      const answer = await pool.request({ path, method, headers, body, signal: giveUp.signal });
      const text = await answer.body.text();
      const ms = performance.now() - sentAt;
      const good = answer.statusCode < 300 && (options.check?.(text) ?? true);
      if (good) latencies.push(ms);
      else {
        errors += 1;
        if (errorSamples.length < 5)
          errorSamples.push(`${answer.statusCode} ${text.slice(0, 200)}`);
      }
    } catch (error) {
      if (giveUp.signal.aborted) abandoned += 1;
      else {
        errors += 1;
        if (errorSamples.length < 5) errorSamples.push(String(error));
      }
    } finally {
      unanswered.delete(index);
    }
  };
  // Maps keep insertion order: the first unanswered is the oldest.
  const behindMs = (now: number) => {
    for (const sentAt of unanswered.values()) return now - sentAt;
    return 0;
  };

  const start = performance.now() + 5;
  let next = 0;
  let gaveUpAfterMs: number | null = null;
  while (next < total) {
    const now = performance.now();
    if (options.giveUpBehindMs !== undefined && behindMs(now) > options.giveUpBehindMs) {
      // What is still queued for a connection, or waiting on the server, is dropped: the
      // server is not left working off a backlog that only delays the next run.
      gaveUpAfterMs = now - start;
      giveUp.abort();
      break;
    }
    while (next < total && start + next * interval <= now) {
      lags.push(now - (start + next * interval));
      inFlight.push(send(next, now));
      next += 1;
    }
    if (next < total) await sleep(Math.max(0, Math.min(1, start + next * interval - now)));
  }
  const lastScheduled = start + (next - 1) * interval;
  await Promise.all(inFlight);
  const drainMs = performance.now() - lastScheduled;
  await pool.close();
  latencies.sort((a, b) => a - b);
  lags.sort((a, b) => a - b);
  return {
    sent: next,
    ok: latencies.length,
    errors,
    errorSamples,
    latencies,
    drainMs,
    lagP99Ms: percentile(lags, 0.99),
    gaveUpAfterMs,
    abandoned,
  };
}

/** The nearest-rank percentile of ascending values (0 < p ≤ 1). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
