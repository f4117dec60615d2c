// The body of runFixedRate (fixed-rate.ts), run in a worker thread: it is posted a LoadPlan with
// an ID and posts back the LoadRun (or why it failed) with the same ID.
import { setMaxListeners } from 'node:events';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { Pool } from 'undici';
import {
  type LoadPlan,
  type LoadRequest,
  type LoadRun,
  type LoopAnswer,
  percentile,
  requestCount,
} from './fixed-rate';

async function runLoop(options: LoadPlan): Promise<LoadRun> {
  const pool = new Pool(options.origin, {
    connections: options.connections,
    pipelining: 1,
    keepAliveTimeout: 30_000,
  });
  const total = requestCount(options);
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

  const requestAt = (index: number): LoadRequest => {
    const request = options.requests[options.requests.length === 1 ? 0 : index];
    if (!request) throw new Error(`the plan has no request ${index}`);
    return request;
  };
  const send = async (index: number, sentAt: number) => {
    unanswered.set(index, sentAt);
    const { path, method, headers, body } = requestAt(index);
    try {
      const answer = await pool.request({ path, method, headers, body, signal: giveUp.signal });
      const text = await answer.body.text();
      const ms = performance.now() - sentAt;
      const good =
        answer.statusCode < 300 &&
        (options.bodyIncludes === undefined || text.includes(options.bodyIncludes));
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

parentPort?.on('message', async ({ id, plan }: { id: number; plan: LoadPlan }) => {
  let answer: LoopAnswer;
  try {
    answer = { id, run: await runLoop(plan) };
  } catch (error) {
    answer = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(answer);
});
