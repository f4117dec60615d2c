// Bundles src/main.ts and the workspace packages it imports (TypeScript) into dist/main.js, so
// `pnpm start` and the test harness run plain JavaScript: under tsx, compiling ~300 modules at
// every start cost seconds (issue 9, cold start). Most npm packages stay external, each
// imported by its resolved path relative to dist/, because pnpm's strict layout only lets the
// workspace package that declares a dependency resolve it. Plain .mjs: it runs before
// anything is built.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const SERVER_DIR = dirname(fileURLToPath(import.meta.url));
const OUT_DIR = resolve(SERVER_DIR, 'dist');
const OWN = /^@offerdesk\//;
/**
 * Pure-JavaScript packages of many small modules, bundled too: Node's loader spent more time
 * finding and compiling their ~700 files than running them. Bundled with their own imports
 * that are listed here (kysely-pglite-dialect with kysely, so there is one copy of it). The
 * rest stay external: native addons (argon2), PGlite's wasm and data files, packages that
 * find files next to their code (pino's worker, fontkit's brotli dictionary), pg.
 */
const BUNDLED =
  /^(kysely|kysely-pglite-dialect|zod|pdf-lib|@pdf-lib\/[^/]+|pako|tslib|pg-boss|@opentelemetry\/api|cron-parser|luxon|rrule-temporal|serialize-error|non-error|nodemailer)(\/|$)/;

/** A path from dist/ that Node resolves as a relative URL (always ./ or ../, forward slashes). */
function fromOutDir(path) {
  const rel = relative(OUT_DIR, path).split('\\').join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

function contentHash(path) {
  return createHash('sha1').update(readFileSync(path)).digest('hex');
}

const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (args.pluginData === 'resolving' || OWN.test(args.path) || BUNDLED.test(args.path)) {
        return undefined;
      }
      if (isBuiltin(args.path)) return { path: args.path, external: true };
      const found = await build.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        importer: args.importer,
        pluginData: 'resolving',
      });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: fromOutDir(found.path), external: true };
    });
    // import.meta.url in a bundle is dist/main.js; each source file keeps meaning its own
    // location (REPO_ROOT in env.ts, the font lookup in fonts.ts).
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const own = `new URL(${JSON.stringify(fromOutDir(args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

const result = await build({
  // Also what the metafile's input paths are relative to.
  absWorkingDir: SERVER_DIR,
  entryPoints: [resolve(SERVER_DIR, 'src/main.ts')],
  outfile: resolve(OUT_DIR, 'main.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Stack traces name the TypeScript lines (`node --enable-source-maps`); no sources inside.
  sourcemap: 'linked',
  sourcesContent: false,
  metafile: true,
  // For bundled CommonJS (pdf-lib) requiring Node's built-in modules from an ES module.
  banner: {
    js: "import { createRequire as $createRequire } from 'node:module'; const require = $createRequire(import.meta.url);",
  },
  logLevel: 'warning',
  plugins: [externalPackages],
});

// The workspace's source files it was built from, each with its content's hash: the harness
// refuses a bundle whose sources changed since (packages/harness/src/server-bundle.ts).
// Hashes, not times: a checkout or turbo's cache restoring dist/ sets times that prove
// nothing. Bundled npm packages change only with the lockfile, which `pnpm install` follows.
const inputs = Object.fromEntries(
  Object.keys(result.metafile.inputs)
    .map((path) => resolve(SERVER_DIR, path))
    .filter((path) => !path.split(sep).includes('node_modules'))
    .map((path) => [fromOutDir(path), contentHash(path)]),
);
writeFileSync(resolve(OUT_DIR, 'inputs.json'), `${JSON.stringify(inputs, null, 2)}\n`);
