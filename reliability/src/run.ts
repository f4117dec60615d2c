// `pnpm test:reliability [name…]`: runs each check against real server processes and
// PostgreSQL, prints `RELIABILITY <name>: trials=N failures=M`, exits 1 when any failed.
import type { Check, CheckResult } from './check';
import { checks } from './checks';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/test';
const adminUrl = process.env.DATABASE_URL || DEFAULT_URL;
if (!process.env.DATABASE_URL) console.log(`DATABASE_URL unset: using ${DEFAULT_URL}`);

const wanted = process.argv.slice(2).filter((arg) => arg !== '--');
const unknown = wanted.filter((name) => !checks.some((check) => check.name === name));
if (unknown.length > 0) {
  console.error(`unknown check(s): ${unknown.join(', ')}; known: ${checks.map((c) => c.name)}`);
  process.exit(2);
}
const selected = wanted.length > 0 ? checks.filter((c) => wanted.includes(c.name)) : checks;

async function runOne(check: Check): Promise<CheckResult> {
  const log = (line: string) => console.log(`  [${check.name}] ${line}`);
  try {
    return await check.run({ adminUrl, log });
  } catch (error) {
    // A check that could not finish proves nothing: it counts as a failure.
    return { trials: 0, failures: [`aborted: ${(error as Error).stack ?? String(error)}`] };
  }
}

let failed = false;
const started = Date.now();
for (const check of selected) {
  const checkStarted = Date.now();
  const result = await runOne(check);
  const seconds = ((Date.now() - checkStarted) / 1000).toFixed(1);
  console.log(
    `RELIABILITY ${check.name}: trials=${result.trials} failures=${result.failures.length} (${seconds} s)`,
  );
  for (const failure of result.failures.slice(0, 10)) console.log(`  ✗ ${failure}`);
  if (result.failures.length > 0) failed = true;
}
console.log(
  `reliability: ${selected.length} checks in ${((Date.now() - started) / 1000).toFixed(0)} s`,
);
process.exit(failed ? 1 : 0);
