// `pnpm bench`: runs each entry, prints one row per target with PASS or MISS, writes
// bench/results.json and exits 1 on any MISS. Entries plug in through ENTRIES; an entry that
// cannot measure is a MISS with null figures, so the file's shape is always the same.
import { writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { composeEntry } from './compose';
import type { Check } from './entry';
import { readBenchEnv } from './env';

const RESULTS_PATH = new URL('../results.json', import.meta.url);
const ENTRIES = [composeEntry] as const;

type EntryKey = (typeof ENTRIES)[number]['key'];
type Results = {
  database: 'postgres' | 'pglite';
  cpus: number;
  node: string;
  /** The 1-minute load average at the end: above `cpus`, times are inflated by other work. */
  loadAverage: number;
} & Record<EntryKey, unknown>;
type Row = Check & { entry: string };

function printTable(rows: Row[]): void {
  const header = { entry: 'entry', figure: 'figure', value: 'value', target: 'target', result: '' };
  const lines = [header, ...rows.map((row) => ({ ...row, result: row.pass ? 'PASS' : 'MISS' }))];
  const columns = ['entry', 'figure', 'value', 'target', 'result'] as const;
  const widths = columns.map((c) => Math.max(...lines.map((line) => line[c].length)));
  for (const line of lines) {
    console.log(
      columns
        .map((c, i) => line[c].padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  }
}

const env = readBenchEnv();
const cpus = availableParallelism();
const results: Results = {
  database: env.database,
  cpus,
  node: process.version,
  loadAverage: 0,
  compose: null,
};
const rows: Row[] = [];
for (const entry of ENTRIES) {
  const started = performance.now();
  console.log(`${entry.key}: running…`);
  try {
    const outcome = await entry.run();
    results[entry.key] = outcome.figures;
    rows.push(...outcome.checks.map((check) => ({ ...check, entry: entry.key })));
  } catch (error) {
    console.error(error);
    rows.push({ entry: entry.key, figure: 'all', value: 'not measured', target: '', pass: false });
  }
  console.log(`${entry.key}: done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
results.loadAverage = Math.round((loadavg()[0] ?? 0) * 100) / 100;
console.log('');
printTable(rows);
if (results.loadAverage > cpus) {
  console.log(
    `\nnote: load average ${results.loadAverage} on ${cpus} CPUs: other work inflated times`,
  );
}
await writeFile(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${RESULTS_PATH.pathname}`);
if (rows.some((row) => !row.pass)) process.exitCode = 1;
