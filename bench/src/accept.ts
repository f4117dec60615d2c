// The accept entry (issue 9): buyers accepting distinct published offers, each its own buyer
// account with its own session, at a fixed 300 requests/s for 20 s (p99 reported), then the
// maximum sustained rate: steps of +25 % (or −20 % if 300/s was not sustained) until a step
// errs or falls behind. Target: sustained ≥ 300/s. Every request is a first acceptance (a new
// agreement, its invoices, the sellers' notifications, which the mail outbox sends), never a repeat.
import { atLeast, type BenchEntry, type Check, reported } from './entry';
import { type LoadRun, percentile, runFixedRate } from './load/fixed-rate';
import { cookieHeader } from './seed/ids';
import type { WorldStage } from './world-stage';

export const ACCEPT_TARGETS = { perSecond: 300 };
const FIXED = { ratePerSecond: 300, durationMs: 20_000 };
const STEP_MS = 8_000;
/** Distinct buyers clicking Accept: each browser has its own connection. */
const CONNECTIONS = 50;
/** A step keeps up when its last answer comes this soon after its last request was sent. */
const MAX_DRAIN_MS = 500;
/** A run stops sending once the server is this far behind (it has failed by then). */
const GIVE_UP_BEHIND_MS = 5_000;
const MAX_STEPS = 6;

export type AcceptFigures = { perSecond: number; p99Ms: number };

type Sender = {
  next: number;
  /** Whether enough unaccepted offers are left for this run. */
  has(rate: number, durationMs: number): boolean;
  run(rate: number, durationMs: number): Promise<LoadRun>;
};

const countOf = (rate: number, durationMs: number) => Math.round((rate * durationMs) / 1000);

function sender(stage: WorldStage): Sender {
  const { world, server } = stage;
  const state: Sender = {
    next: 0,
    has: (rate, durationMs) => state.next + countOf(rate, durationMs) <= world.acceptTargets,
    async run(rate, durationMs) {
      if (!state.has(rate, durationMs)) throw new Error('out of seeded offers to accept');
      const first = state.next;
      state.next += countOf(rate, durationMs);
      return runFixedRate({
        origin: server.baseUrl,
        ratePerSecond: rate,
        durationMs,
        connections: CONNECTIONS,
        request: (i) => {
          const target = world.acceptTarget(first + i);
          return {
            path: '/trpc/buyer.offers.accept',
            method: 'POST',
            headers: {
              cookie: cookieHeader(target.buyer),
              'x-csrf-token': target.buyer.csrf,
              'content-type': 'application/json',
            },
            body: JSON.stringify({
              offerId: target.offerId,
              eulaConsent: true,
              eulaSha256: world.catalog.combinedPdfSha256,
            }),
          };
        },
        bodyIncludes: '"result"',
        giveUpBehindMs: GIVE_UP_BEHIND_MS,
      });
    },
  };
  return state;
}

const keptUp = (run: LoadRun) =>
  run.errors === 0 && run.gaveUpAfterMs === null && run.drainMs <= MAX_DRAIN_MS;

/** What the server got through while the run lasted: where to start stepping down. */
function achievedRate(run: LoadRun, durationMs: number): number {
  const sendingMs = run.gaveUpAfterMs ?? durationMs;
  return run.ok / ((sendingMs + Math.max(0, run.drainMs)) / 1000);
}

function describe(rate: number, run: LoadRun): string {
  const p99 = percentile(run.latencies, 0.99);
  const errors = run.errors > 0 ? `, ${run.errors} errors (${run.errorSamples[0] ?? ''})` : '';
  const gaveUp =
    run.gaveUpAfterMs === null
      ? ''
      : `, gave up after ${(run.gaveUpAfterMs / 1000).toFixed(1)} s (over ${GIVE_UP_BEHIND_MS / 1000} s behind; ${run.abandoned} dropped)`;
  return `${rate}/s: ${run.ok} accepted, p99 ${p99.toFixed(0)} ms, last answer ${run.drainMs.toFixed(0)} ms after the last send${gaveUp}${errors}`;
}

/** Lets the server finish what the last run left (its mail outbox runs in-process). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 2_000));
const scaled = (rate: number, factor: number) => Math.round((rate * factor) / 5) * 5;

/**
 * Steps up by 25 % from a sustained start until a step fails; or, from a start that failed,
 * down by 20 % from what the server got through until a step holds.
 */
async function maxSustained(send: Sender, fixed: LoadRun): Promise<number> {
  const up = keptUp(fixed);
  const factor = up ? 1.25 : 0.8;
  let best = up ? FIXED.ratePerSecond : 0;
  let rate = up
    ? scaled(FIXED.ratePerSecond, factor)
    : scaled(Math.min(achievedRate(fixed, FIXED.durationMs), FIXED.ratePerSecond), 0.9);
  for (let step = 0; step < MAX_STEPS && rate >= 5 && send.has(rate, STEP_MS); step += 1) {
    await settle();
    const run = await send.run(rate, STEP_MS);
    console.log(`  ${describe(rate, run)}`);
    const held = keptUp(run);
    if (held) best = rate;
    if (held !== up) break;
    rate = scaled(rate, factor);
  }
  return best;
}

export const acceptEntry: BenchEntry<'accept', AcceptFigures, WorldStage> = {
  key: 'accept',
  run: async (stage) => {
    const send = sender(stage);
    await send.run(50, 2_000); // warm-up
    await settle();
    const fixed = await send.run(FIXED.ratePerSecond, FIXED.durationMs);
    console.log(`  ${describe(FIXED.ratePerSecond, fixed)}`);
    const perSecond = await maxSustained(send, fixed);
    const figures: AcceptFigures = {
      perSecond,
      p99Ms: Math.round(percentile(fixed.latencies, 0.99)),
    };
    const checks: Check[] = [
      reported(
        `p99 at ${FIXED.ratePerSecond}/s for ${FIXED.durationMs / 1000} s`,
        fixed.gaveUpAfterMs === null
          ? `${figures.p99Ms} ms`
          : `${figures.p99Ms} ms of the answered (stopped at ${(fixed.gaveUpAfterMs / 1000).toFixed(1)} s: over ${GIVE_UP_BEHIND_MS / 1000} s behind)`,
      ),
      atLeast('sustained accepts', perSecond, ACCEPT_TARGETS.perSecond, '/s'),
    ];
    return { figures, checks };
  },
};
