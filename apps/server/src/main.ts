// Starts Offerdesk: database (PGlite or PostgreSQL), migrations, demo data, then the HTTP
// server (ROLE=all|web) and the job worker (ROLE=all|worker) in this one process.
//
// Run it as the serve script does (package.json): `--initial-old-space-size=256` starts V8's
// old generation at 256 MB. Left to grow from a few MB, it filled every 2–5 s at 500 pages a
// second, and each mark-compact, with its concurrent marking and sweeping on 2 cores, held
// up 15–60 requests for 30–100 ms; at 256 MB it runs far less often, the process staying
// near 300 MB (bench, issue 9).
// `--no-allocation-site-pretenuring`: V8 had judged a page's short-lived objects (the tRPC
// context, the driver's parsed arrays) long-lived and allocated them straight in the old
// generation; there each, dead at once, also kept what it pointed to alive in every scavenge
// until the next mark-compact. At 500 pages a second the old generation grew 7.4 MB/s with
// it and 4.4–4.6 MB/s without. Measured again once the context kept one hidden class
// (context.ts): about 3 MB/s and 1.7–2.1 ms scavenges with it, 0.2–0.3 MB/s and about 1 ms
// without. A page costs no more CPU.
// `--wasm-num-compilation-tasks=1` lets V8 optimize PGlite's WebAssembly on one background
// thread at a time: with its default (as many as it likes), the compile threads took both
// cores for the first seconds, and this thread, starting the server, got a third of one
// (cold start on an existing PGlite: 2.0 s instead of 2.9 s; queries later no slower).
// `--interrupt-budget=16384` (V8's default is 67,584 bytes of bytecode run) has a hot function
// optimized after a quarter of the work, so a fresh server reaches its steady latency about 2 s
// of traffic sooner. Sent Manage offers' first page at 500/s from its start, in 2-s steps
// (eight starts each way): in the second step 1–9 pages took over 4 ms in seven starts (46 in
// one) instead of 13–64. The first step, when more is compiled at once, is slower (91–282
// instead of 50–197). Issue 9.
import { resolve } from 'node:path';
import { createApi, hashPassword, offsetClock } from '@offerdesk/api';
import { connect, type DbHandle, loadDemoData, migrateToLatest } from '@offerdesk/db';
import { toApiConfig } from './api-config';
import { formatBanner } from './banner';
import { loadEnv, REPO_ROOT } from './env';
import { createHttpServer, type HttpServer } from './http/server';
import { createLogger } from './logger';
import { onShutdownSignal } from './shutdown';

const env = loadEnv();
const logger = createLogger(env);
const config = toApiConfig(env);

let handle: DbHandle | null = null;
let http: HttpServer | null = null;
// While the server starts, the event loop can run empty between two steps: PGlite does its
// I/O synchronously, and no socket is open yet. Each time it does, Node waits for every V8
// background task to finish before going on (NodePlatform::DrainTasks), and on PGlite those
// include TurboFan optimizing the database's WebAssembly: up to 1.2 s of a cold start went to
// that wait on this 2-core machine (issue 9's coldStart). This timer keeps the loop alive.
const starting = setInterval(() => {}, 60_000);

try {
  const db = env.databaseUrl
    ? await connect({ databaseUrl: env.databaseUrl })
    : await connect({ dataDir: env.dataDir });
  handle = db;
  const applied = await migrateToLatest(db.db);
  logger.info({ database: db.kind, applied }, 'database ready');
  const demoHash = (password: string) => hashPassword(password, config.passwordHashing);
  if (env.demoData && (await loadDemoData(db.db, { hashPassword: demoHash }))) {
    logger.info('demo data loaded');
  }
  if (env.clockOffsetDays > 0) {
    logger.warn({ clockOffsetDays: env.clockOffsetDays }, 'testing clock: days ahead of real time');
  }
  const clock = offsetClock(env.clockOffsetDays);
  const api = await createApi({ handle: db, config, logger, clock });

  if (env.role !== 'worker') {
    http = createHttpServer({
      handleApi: (req, res, url) => api.handle(req, res, url),
      spas: [
        {
          prefix: '/seller/',
          distDir: resolve(REPO_ROOT, 'apps/seller/dist'),
          label: 'seller console',
        },
        {
          prefix: '/buyer/',
          distDir: resolve(REPO_ROOT, 'apps/buyer/dist'),
          label: 'buyer console',
        },
      ],
      homePath: '/seller/',
      https: config.secureCookies,
      logger,
    });
    await http.listen(env.port);
  }
  // Every role composes PDFs (a web process: previews, the standard contract); the worker
  // takes jobs once this is done.
  void api.warmUp();
  if (env.role !== 'web') await api.startWorker();

  const server = http;
  onShutdownSignal(logger, async () => {
    await server?.close();
    await api.stop();
    // PGlite keeps the event loop alive until it is closed.
    await db.close();
  });
  process.stdout.write(
    formatBanner({ env, serving: server !== null, demoMailbox: config.demoMailbox }),
  );
  clearInterval(starting);
} catch (error) {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const reason =
    code === 'EADDRINUSE'
      ? `port ${env.port} is already in use: stop the other process or set PORT`
      : error instanceof Error
        ? error.message
        : String(error);
  logger.fatal({ err: error }, `startup failed: ${reason}`);
  // The log is JSON for machines; whoever ran the command reads this line.
  process.stderr.write(`Offerdesk could not start: ${reason}\n`);
  await http?.close(0);
  await handle?.close().catch(() => {});
  process.exit(1);
}
