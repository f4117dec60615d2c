// The offersList entry (issue 9): the big reseller's Manage offers, first page and a page
// 50,000 rows deep, at a fixed 500 requests/s over 10 connections, against the bare handler
// (bare/bare-server.ts) running the same statements, alternating product and bare (A B A B…)
// so that the machine's drift falls on both. Targets: product ÷ bare ≤ 1.5 at p50 and p99,
// the worse of the two depths. Absolute latencies are reported (the machine is shared).
import { startBareProcess } from './bare/bare-process';
import { atMost, type BenchEntry, reported } from './entry';
import { type LoadRequest, percentile, runFixedRate } from './load/fixed-rate';
import { cpuTimes, stealPercent } from './machine';
import type { ListPage } from './offers-list/plan';
import { cookieHeader } from './seed/ids';
import type { WorldStage } from './world-stage';

export const OFFERS_LIST_TARGETS = { ratio: 1.5 };
const LOAD = { ratePerSecond: 500, connections: 10 };
const ROUNDS = 3;
const RUN_MS = 4_000;
const WARM_UP_MS = 2_000;

export type OffersListFigures = {
  p50Ms: number;
  p99Ms: number;
  deepPageP99Ms: number;
  bareP50Ms: number;
  bareP99Ms: number;
  ratioP50: number;
  ratioP99: number;
};

type Side = 'product' | 'bare';
type Depth = 'first' | 'deep';
type Target = { origin: string; request: LoadRequest };

function productRequest(stage: WorldStage, page: ListPage): LoadRequest {
  const input = encodeURIComponent(JSON.stringify(page.input));
  return {
    path: `/trpc/offers.list?input=${input}`,
    method: 'GET',
    headers: { cookie: cookieHeader(stage.world.bigReseller) },
  };
}

/** Both sides must list the same offers, or the comparison means nothing. */
async function checkSameRows(product: Target, bare: Target): Promise<void> {
  const read = async (t: Target) =>
    (await fetch(`${t.origin}${t.request.path}`, { headers: t.request.headers })).json();
  const ours = (await read(product)) as { result: { data: { items: { id: string }[] } } };
  const theirs = (await read(bare)) as { rows: { id: string }[] };
  const a = ours.result.data.items.map((item) => item.id).join();
  const b = theirs.rows.map((row) => row.id).join();
  if (a !== b || a === '') throw new Error(`product and bare list different offers:\n${a}\n${b}`);
}

/** One run: its latencies (sorted), and a line for the log. */
type Run = { latencies: number[]; summary: string };

/** One run; failed requests are counted, and reported as a MISS. */
async function load(target: Target, durationMs: number, failures: string[]): Promise<Run> {
  const before = cpuTimes();
  const run = await runFixedRate({
    origin: target.origin,
    ...LOAD,
    durationMs,
    request: target.request,
  });
  for (let i = 0; i < run.errors; i += 1) failures.push(run.errorSamples[i] ?? 'failed');
  const p99 = percentile(run.latencies, 0.99).toFixed(2);
  return {
    latencies: run.latencies,
    summary: `${p99} ms (steal ${stealPercent(before, cpuTimes())})`,
  };
}

export const offersListEntry: BenchEntry<'offersList', OffersListFigures, WorldStage> = {
  key: 'offersList',
  run: async (stage) => {
    const bare = await startBareProcess({
      database: stage.bareDatabase,
      pages: {
        first: { limit: stage.plan.first.input.limit, statements: stage.plan.first.statements },
        deep: { limit: stage.plan.deep.input.limit, statements: stage.plan.deep.statements },
      },
    });
    try {
      const targets: Record<Depth, Record<Side, Target>> = {
        first: {
          product: {
            origin: stage.server.baseUrl,
            request: productRequest(stage, stage.plan.first),
          },
          bare: {
            origin: bare.baseUrl,
            request: { path: '/offers?page=first', method: 'GET', headers: {} },
          },
        },
        deep: {
          product: {
            origin: stage.server.baseUrl,
            request: productRequest(stage, stage.plan.deep),
          },
          bare: {
            origin: bare.baseUrl,
            request: { path: '/offers?page=deep', method: 'GET', headers: {} },
          },
        },
      };
      const failures: Record<Side, string[]> = { product: [], bare: [] };
      const samples: Record<Depth, Record<Side, number[]>> = {
        first: { product: [], bare: [] },
        deep: { product: [], bare: [] },
      };
      for (const depth of ['first', 'deep'] as const) {
        await checkSameRows(targets[depth].product, targets[depth].bare);
        for (const side of ['product', 'bare'] as const)
          await load(targets[depth][side], WARM_UP_MS, failures[side]);
      }
      // A run's p99 beside the host's steal over it, so the log shows which run set a figure.
      console.log('  p99 of each run, product / bare:');
      for (let round = 0; round < ROUNDS; round += 1) {
        const line: string[] = [];
        for (const depth of ['first', 'deep'] as const) {
          const runs: string[] = [];
          for (const side of ['product', 'bare'] as const) {
            const run = await load(targets[depth][side], RUN_MS, failures[side]);
            samples[depth][side].push(...run.latencies);
            runs.push(run.summary);
          }
          line.push(`${depth} ${runs.join(' / ')}`);
        }
        console.log(`    round ${round + 1}: ${line.join(', ')}`);
      }
      return summarize(samples, failures);
    } finally {
      await bare.stop();
    }
  },
};

function summarize(
  samples: Record<Depth, Record<Side, number[]>>,
  failures: Record<Side, string[]>,
) {
  const stat = (depth: Depth, side: Side, p: number) =>
    percentile(
      [...samples[depth][side]].sort((a, b) => a - b),
      p,
    );
  const ratio = (depth: Depth, p: number) => stat(depth, 'product', p) / stat(depth, 'bare', p);
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const figures: OffersListFigures = {
    p50Ms: round2(stat('first', 'product', 0.5)),
    p99Ms: round2(stat('first', 'product', 0.99)),
    deepPageP99Ms: round2(stat('deep', 'product', 0.99)),
    bareP50Ms: round2(stat('first', 'bare', 0.5)),
    bareP99Ms: round2(stat('first', 'bare', 0.99)),
    ratioP50: round2(Math.max(ratio('first', 0.5), ratio('deep', 0.5))),
    ratioP99: round2(Math.max(ratio('first', 0.99), ratio('deep', 0.99))),
  };
  const ms = (n: number) => `${n.toFixed(2)} ms`;
  const compare = (depth: Depth) =>
    `p50 ${ms(stat(depth, 'product', 0.5))} vs ${ms(stat(depth, 'bare', 0.5))}, ` +
    `p99 ${ms(stat(depth, 'product', 0.99))} vs ${ms(stat(depth, 'bare', 0.99))}`;
  const checks = [
    reported('first page, product vs bare', compare('first')),
    reported('50,000 deep, product vs bare', compare('deep')),
    atMost('product ÷ bare p50 (worse depth)', figures.ratioP50, OFFERS_LIST_TARGETS.ratio, '×'),
    atMost('product ÷ bare p99 (worse depth)', figures.ratioP99, OFFERS_LIST_TARGETS.ratio, '×'),
  ];
  for (const side of ['product', 'bare'] as const) {
    const failed = failures[side];
    if (failed.length === 0) continue;
    console.log(`  ${side}: ${failed.length} failed requests, e.g. ${failed[0]}`);
    checks.push({
      figure: `${side} failed requests`,
      value: String(failed.length),
      target: '0',
      pass: false,
    });
  }
  return { figures, checks };
}
