// Issue 8, check 7: every procedure of the router (listed at run time) gets 1,000 inputs made
// by fast-check from its own input schema — 700 as generated, 300 with one field (or the
// whole input) swapped for a hostile value — plus hostile values and bodies on their own and
// one request past the size limits, over HTTP to a real server process on PostgreSQL, as a
// seller (the authz scenario's reseller and ISV) and as a buyer. Each request is a trial; see
// fuzz-send.ts for what makes one a failure and fuzz-verdict.ts for the bar valid inputs clear.
import { randomInt } from 'node:crypto';
import { buildScenario, testWorld } from '@offerdesk/api/authz';
import { appRouter } from '@offerdesk/api/router';
import type { Check } from '../check';
import { buildCases, describeInput, type ProcedureInput } from '../fuzz/fuzz-cases';
import { type FuzzJob, groupFailures, runFuzzJobs } from '../fuzz/fuzz-run';
import { namedBySibling } from '../fuzz/fuzz-send';
import { verdictOn } from '../fuzz/fuzz-verdict';
import { fuzzSessions, ownRows, sharedDictionary } from '../fuzz/fuzz-world';
import { judgeOversize, sendOversize } from '../fuzz/oversize';
import { errorLines } from '../support/server-log';
import { startThrowawayServer } from '../support/throwaway-server';

const COUNTS = { generated: 700, mutated: 300 };
const CONCURRENCY = 12;

type Procedure = { _def: { type: string; inputs: unknown[] } };

export const fuzzCheck: Check = {
  name: 'fuzz',
  async run({ adminUrl, log }) {
    const running = await startThrowawayServer(adminUrl, { prefix: 'offerdesk_fuzz' });
    const failures: string[] = [];
    let trials = 0;
    try {
      const { baseUrl } = running.server;
      const s = await buildScenario(testWorld(baseUrl, running.handle));
      const sessions = await fuzzSessions(s);
      const shared = sharedDictionary(s);
      const procedures = appRouter._def.procedures as unknown as Record<string, Procedure>;
      const paths = Object.keys(procedures).sort();
      const typeOf = (path: string) =>
        procedures[path]?._def.type === 'mutation' ? ('mutation' as const) : ('query' as const);
      const inputs = new Map<string, ProcedureInput>(
        paths.map((path) => [path, describeInput(procedures[path]?._def.inputs ?? [])]),
      );
      const seed = randomInt(2 ** 31);
      log(`${paths.length} procedures; fast-check seed ${seed}`);

      const setupStarted = Date.now();
      const own: string[][] = [];
      for (let i = 0; i < paths.length; i += 4) {
        own.push(...(await Promise.all(paths.slice(i, i + 4).map(() => ownRows(s)))));
      }
      const jobs: FuzzJob[] = [];
      for (const [index, path] of paths.entries()) {
        const input = inputs.get(path);
        if (!input) continue;
        const dictionary = [...shared, ...(own[index] ?? [])];
        const type = typeOf(path);
        const options = {
          forQuery: type === 'query',
          dictionary,
          seed: seed + index,
          counts: COUNTS,
        };
        for (const fuzzCase of buildCases(input, options)) jobs.push({ path, type, fuzzCase });
      }
      log(`${jobs.length} inputs ready in ${((Date.now() - setupStarted) / 1000).toFixed(0)} s`);
      // Making the inputs keeps the event loop busy for seconds (8 s in CI), and on a slower
      // machine past the 15 s the server holds an idle connection: let fetch's pool see any
      // such close before it reuses the connection.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const started = Date.now();
      const run = await runFuzzJobs(jobs, { sessions, inputs, concurrency: CONCURRENCY });
      const seconds = (Date.now() - started) / 1000;
      trials += run.requests;
      failures.push(...run.failures);
      log(
        `${run.requests} requests in ${seconds.toFixed(0)} s (${(run.requests / seconds).toFixed(0)}/s)`,
      );
      const slowest = [...run.waited].sort((a, b) => b[1] - a[1]).slice(0, 5);
      log(`slowest: ${slowest.map(([p, ms]) => `${p} ${(ms / 1000).toFixed(0)} s`).join(', ')}`);

      for (const path of paths) {
        const client = sessions.forProcedure(path, 0);
        const problem = judgeOversize(
          typeOf(path),
          await sendOversize(baseUrl, client.cookies, path, typeOf(path)),
        );
        trials += 1;
        if (problem) failures.push(`${path} ${problem}`);
      }

      const bySibling = [...namedBySibling].map(([path, n]) => `${path} ×${n}`);
      if (bySibling.length > 0) log(`refusals naming a sibling's field: ${bySibling.join(', ')}`);
      const verdict = verdictOn(run.tallies);
      for (const line of verdict.report) log(line);
      failures.push(...verdict.failures);
      for (const line of groupFailures(failures).slice(0, 40)) log(`failed: ${line}`);
      const health = await fetch(`${baseUrl}/trpc/health`);
      if (health.status !== 200) failures.push(`unhealthy after the run: ${health.status}`);
      for (const line of errorLines(running.server.output())) failures.push(`server log: ${line}`);
    } finally {
      await running.close();
    }
    return { trials, failures };
  },
};
