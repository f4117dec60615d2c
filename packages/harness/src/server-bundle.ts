// The harness runs apps/server's bundle (dist/main.js), as `pnpm start` does. A bundle built
// from other sources than the checkout's would test yesterday's code, so it is refused with the
// command that fixes it. apps/server/build.mjs lists each source file with its content's hash.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';

const REBUILD = 'run `pnpm --filter @offerdesk/server build` (or `pnpm build`)';

/** Checked once per process: a suite starts many servers, and a start is timed (bench). */
const checked = new Set<string>();

/** The bundle's path, once it is known to match its sources; throws otherwise. */
export function freshServerBundle(serverDir: string): string {
  const dist = resolve(serverDir, 'dist');
  const bundle = resolve(dist, 'main.js');
  if (checked.has(bundle)) return bundle;
  const inputsFile = resolve(dist, 'inputs.json');
  if (!existsSync(bundle) || !existsSync(inputsFile)) {
    throw new Error(`apps/server is not built: ${REBUILD}`);
  }
  const inputs = JSON.parse(readFileSync(inputsFile, 'utf8')) as Record<string, string>;
  for (const [input, hash] of Object.entries(inputs)) {
    const path = resolve(dist, input);
    if (!existsSync(path) || contentHash(path) !== hash) {
      const shown = relative(resolve(serverDir, '../..'), path);
      throw new Error(`apps/server/dist is out of date (${shown} changed): ${REBUILD}`);
    }
  }
  checked.add(bundle);
  return bundle;
}

function contentHash(path: string): string {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}
