// The consoles the security check looks at are the built SPAs the server serves. CI builds them
// (pnpm test:e2e runs before reliability); a developer's checkout may not have them yet, so a
// missing build is made with turbo (a cached one is restored in a second or two).
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SPAS = ['seller', 'buyer'];

/** Builds the SPAs when one is missing; what it did, or null when nothing was needed. */
export async function ensureSpasBuilt(): Promise<string | null> {
  const missing = SPAS.filter((spa) => !existsSync(`${REPO_ROOT}apps/${spa}/dist/index.html`));
  if (missing.length === 0) return null;
  const started = Date.now();
  await promisify(execFile)(
    'pnpm',
    [
      'exec',
      'turbo',
      'run',
      'build',
      ...SPAS.map((spa) => `--filter=@offerdesk/${spa}`),
      '--output-logs=errors-only',
    ],
    { cwd: REPO_ROOT, maxBuffer: 16 * 1024 * 1024 },
  );
  return `built ${missing.join(' and ')} (missing) in ${((Date.now() - started) / 1000).toFixed(0)} s`;
}
