// `pnpm bench` (issue 9): seeds a database, drives the real server, prints one row per figure
// with PASS or MISS against its target, writes bench/results.json (exactly the keys)
// and exits 1 on any MISS. The server entries share one seeded world; the others start what
// they need. An entry that cannot measure is a MISS with null figures.
//   pnpm bench [entry …]   → only those entries (e.g. `pnpm bench offersList accept`), for
//   working on one target; the table is printed, results.json is written by full runs only.
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { acceptEntry } from './accept';
import { coldStartEntry } from './cold-start';
import { composeEntry } from './compose';
import type { BenchEntry, Check } from './entry';
import { readBenchEnv } from './env';
import { describeMachine, loadAverage } from './machine';
import { offersListEntry } from './offers-list';
import { publishEntry } from './publish';
import { type EntryKey, emptyResults, pickFigures, RESULT_KEYS } from './results';
import { spaEntry } from './spa';
import { printTable, type Row } from './table';
import { openWorldStage, type WorldStage } from './world-stage';

const RESULTS_PATH = new URL('../results.json', import.meta.url);

const env = readBenchEnv();
const requested = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = requested.filter((arg) => !(arg in RESULT_KEYS));
if (unknown.length > 0) {
  throw new Error(`no such entry: ${unknown.join(', ')} (${Object.keys(RESULT_KEYS).join(', ')})`);
}
const selected = (key: EntryKey) => requested.length === 0 || requested.includes(key);
const machine = await describeMachine(env);
const results = emptyResults(env.database, availableParallelism());
const rows: Row[] = [];
const startedAll = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

async function runEntry<Context>(
  entry: BenchEntry<EntryKey, unknown, Context>,
  context: Context,
  explain?: () => string,
) {
  if (!selected(entry.key)) return;
  const started = performance.now();
  console.log(`${entry.key}: running… (load average ${loadAverage()})`);
  try {
    const outcome = await entry.run(context);
    results[entry.key] = pickFigures(entry.key, outcome.figures);
    rows.push(...outcome.checks.map((check: Check) => ({ ...check, entry: entry.key })));
  } catch (error) {
    console.error(error);
    if (explain) console.error(`the server's last output:\n${explain()}`);
    rows.push({ entry: entry.key, figure: 'all', value: 'not measured', target: '', pass: false });
  }
  console.log(`${entry.key}: done in ${seconds(started)}`);
}

console.log(`machine: ${machine}`);
const needsWorld = (['offersList', 'publish', 'accept'] as const).some(selected);
if (needsWorld) console.log('world: seeding and starting the server…');
let stage: WorldStage | null = null;
try {
  if (needsWorld) stage = await openWorldStage(env);
} catch (error) {
  console.error(error);
  for (const key of (['offersList', 'publish', 'accept'] as const).filter(selected)) {
    rows.push({ entry: key, figure: 'all', value: 'not measured', target: '', pass: false });
  }
}
if (stage) {
  try {
    // Accept last: its step-up leaves the server with mail to send for a while.
    await runEntry(offersListEntry, stage, stage.outputTail);
    await runEntry(publishEntry, stage, stage.outputTail);
    await runEntry(acceptEntry, stage, stage.outputTail);
  } finally {
    await stage.close();
  }
}
await runEntry(composeEntry, undefined);
await runEntry(spaEntry, env);
await runEntry(coldStartEntry, env);

console.log('');
printTable(rows);
console.log(`\nmachine: ${machine}; load average at the end ${loadAverage()} (1 / 5 / 15 min)`);
console.log(`all entries in ${seconds(startedAll)}`);
if (requested.length === 0) {
  await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`wrote ${RESULTS_PATH.pathname}`);
} else {
  console.log(`only ${requested.join(', ')}: results.json is left as it was`);
}
if (rows.some((row) => row.pass === false)) process.exitCode = 1;
