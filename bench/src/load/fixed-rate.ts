// An open-loop load generator: request i is sent at start + i / rate, whether or not earlier
// ones have answered, over a fixed pool of keep-alive connections (undici). A slow server
// therefore meets a growing queue, as it would with real users, instead of being asked
// politely for less (autocannon's overallRate sends each second's quota in a burst and then
// waits, which is neither a fixed rate nor what users do).
//
// Latency runs from the moment a request is handed to the pool (so time queued for a free
// connection counts) to the end of its body. `lagMs` is how late the generator itself sent
// requests: when that grows, the figures say more about the generator than the server.
//
// The loop runs in a worker thread (fixed-rate-loop.ts), with a heap of its own. In the bench's
// main thread, which holds the seeded world, the generator's own mark-compacts paused it for
// 10-20 ms every few seconds, and the requests it was timing came back 40-90 ms late, on
// whichever side of a comparison happened to be running.
import { Worker } from 'node:worker_threads';

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
  /** Every request of this run, or the i-th (made up front: the loop runs in a worker). */
  request: LoadRequest | ((index: number) => LoadRequest);
  /** A 2xx answer whose body lacks this counts as an error (checked on every answer). */
  bodyIncludes?: string;
  /**
   * Stop sending once the oldest unanswered request is this old: the server has fallen that
   * far behind, the run has failed, and sending on only lengthens the wait for the backlog.
   */
  giveUpBehindMs?: number;
};

/**
 * What the worker is handed: the options, with `requests` holding every request of the run, or
 * a single one that every send repeats.
 */
export type LoadPlan = Omit<LoadOptions, 'request'> & { requests: LoadRequest[] };

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

export function requestCount(options: Pick<LoadOptions, 'ratePerSecond' | 'durationMs'>) {
  return Math.round((options.ratePerSecond * options.durationMs) / 1000);
}

// tsx's loader hooks do not reach worker threads: the worker loads the loop through tsx's API.
// One worker serves every run, so loading it (a second of CPU) and warming its code up are paid
// once, not in every run.
const TSX_API = import.meta.resolve('tsx/esm/api');
const LOOP = new URL('./fixed-rate-loop.ts', import.meta.url).href;
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then(({ tsImport }) => tsImport(${JSON.stringify(LOOP)}, ${JSON.stringify(import.meta.url)}))`;

/** What the worker posts back for the run with this ID. */
export type LoopAnswer = { id: number } & ({ run: LoadRun } | { error: string });

let loop: Worker | null = null;
let lastId = 0;
const pending = new Map<number, { resolve: (run: LoadRun) => void; reject: (e: Error) => void }>();

function startLoop(): Worker {
  const worker = new Worker(BOOTSTRAP, { eval: true });
  worker.on('message', (answer: LoopAnswer) => {
    const waiting = pending.get(answer.id);
    pending.delete(answer.id);
    // Idle, the worker must not keep the bench from exiting.
    if (pending.size === 0) worker.unref();
    if ('run' in answer) waiting?.resolve(answer.run);
    else waiting?.reject(new Error(answer.error));
  });
  const fail = (error: Error) => {
    loop = null;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the load worker exited with ${code}`)));
  return worker;
}

export function runFixedRate(options: LoadOptions): Promise<LoadRun> {
  const { request, ...rest } = options;
  const requests =
    typeof request === 'function'
      ? Array.from({ length: requestCount(options) }, (_, index) => request(index))
      : [request];
  const plan: LoadPlan = { ...rest, requests };
  loop ??= startLoop();
  const worker = loop;
  lastId += 1;
  const id = lastId;
  return new Promise<LoadRun>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, plan });
  });
}

/** The nearest-rank percentile of ascending values (0 < p ≤ 1). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(p * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}
