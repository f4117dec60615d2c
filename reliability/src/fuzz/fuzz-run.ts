// Sends the fuzz jobs with a fixed number of requests in flight, shuffled so procedures race
// each other as on a busy server, judging each answer and counting what valid inputs got.
import type { FuzzCase, ProcedureInput } from './fuzz-cases';
import { judge, send } from './fuzz-send';
import type { ProcedureTally } from './fuzz-verdict';
import { type FuzzSessions, fetchOf } from './fuzz-world';
import type { JsonSchema } from './json-schema-arbitrary';

export type FuzzJob = { path: string; type: 'query' | 'mutation'; fuzzCase: FuzzCase };

export type FuzzRun = {
  requests: number;
  failures: string[];
  tallies: Map<string, ProcedureTally>;
  /** Milliseconds spent waiting for each procedure's answers, summed. */
  waited: Map<string, number>;
};

const newTally = (): ProcedureTally => ({
  sent: 0,
  generated: 0,
  valid: 0,
  validBadRequest: 0,
  validOk: 0,
});

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
}

export async function runFuzzJobs(
  jobs: FuzzJob[],
  options: {
    sessions: FuzzSessions;
    inputs: Map<string, ProcedureInput>;
    concurrency: number;
  },
): Promise<FuzzRun> {
  const { sessions, inputs } = options;
  const paths = [...inputs.keys()];
  // The input schemas of the procedure's namespace (offers.*, isv.*): see judge().
  const siblingsOf = new Map<string, JsonSchema[]>(
    paths.map((path) => {
      const prefix = `${path.split('.').slice(0, -1).join('.')}.`;
      const siblings = paths
        .filter((other) => other !== path && other.startsWith(prefix))
        .flatMap((other) => inputs.get(other)?.jsonSchema ?? []);
      return [path, siblings];
    }),
  );
  const run: FuzzRun = { requests: 0, failures: [], tallies: new Map(), waited: new Map() };
  const queue = shuffle([...jobs]);
  let next = 0;
  const worker = async () => {
    for (let job = queue[next++]; job; job = queue[next++]) {
      const started = Date.now();
      const client = sessions.forProcedure(job.path, next);
      const answer = await send(fetchOf(client), job.path, job.type, job.fuzzCase);
      run.requests += 1;
      run.waited.set(job.path, (run.waited.get(job.path) ?? 0) + Date.now() - started);
      const own = inputs.get(job.path)?.jsonSchema ?? null;
      const siblings = siblingsOf.get(job.path) ?? [];
      const problem = judge(answer, { own, siblings }, job.fuzzCase);
      if (problem) {
        const body = typeof job.fuzzCase.body === 'string' ? job.fuzzCase.body : '(bytes)';
        run.failures.push(`${job.path} ${job.fuzzCase.kind} ${body.slice(0, 200)} → ${problem}`);
      }
      const tally = run.tallies.get(job.path) ?? newTally();
      run.tallies.set(job.path, tally);
      tally.sent += 1;
      if (job.fuzzCase.kind !== 'hostile') tally.generated += 1;
      if (job.fuzzCase.valid && job.fuzzCase.kind === 'generated') {
        tally.valid += 1;
        if (answer.code === 'BAD_REQUEST') tally.validBadRequest += 1;
        if (answer.code === 'OK') tally.validOk += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return run;
}

/** Failures counted by procedure and kind of problem, most frequent first. */
export function groupFailures(failures: string[]): string[] {
  const groups = new Map<string, number>();
  for (const failure of failures) {
    const [path = ''] = failure.split(' ');
    const problem =
      failure
        .slice(failure.indexOf('→') + 2)
        .split(/[:{]/)[0]
        ?.trim() ?? '';
    const key = `${path}: ${problem}`;
    groups.set(key, (groups.get(key) ?? 0) + 1);
  }
  return [...groups].sort((a, b) => b[1] - a[1]).map(([key, count]) => `${count} × ${key}`);
}
