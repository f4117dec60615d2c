// One apps/server process, started the way `pnpm start` runs it (node, with the flags of
// apps/server's serve script, on the built bundle, so the pid is the server itself and a
// signal reaches it directly), with its output captured.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port';
import { freshServerBundle } from './server-bundle';

const SERVER_DIR = fileURLToPath(new URL('../../../apps/server/', import.meta.url));

export type ServerProcess = {
  baseUrl: string;
  port: number;
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves when it has exited (at once if it already has). */
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM, then the exit and how long it took; null when it did not exit in `timeoutMs`. */
  stop(timeoutMs?: number): Promise<{ code: number | null; ms: number } | null>;
  /** SIGKILL: no shutdown hooks, as a crash. */
  kill(): Promise<void>;
};

export type ServerOptions = {
  /** Merged over this process's environment; DATABASE_URL is removed unless given here. */
  env?: Record<string, string>;
  port?: number;
  /** How long to wait for the first 200 on /trpc/health (default 90 s). */
  healthTimeoutMs?: number;
  /** Resolve without waiting for /trpc/health (e.g. ROLE=worker serves no HTTP). */
  waitForHealth?: boolean;
  /** How often /trpc/health is asked (default 50 ms; the bench's cold start times it to 10). */
  healthPollMs?: number;
};

/** The node flags of apps/server's `serve` script (`node <flags> dist/main.js`). */
function serveFlags(): string[] {
  const { scripts } = JSON.parse(readFileSync(`${SERVER_DIR}package.json`, 'utf8')) as {
    scripts: { serve: string };
  };
  const words = scripts.serve.trim().split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'dist/main.js') {
    throw new Error(
      `apps/server's serve script is not "node <flags> dist/main.js": ${scripts.serve}`,
    );
  }
  return words.slice(1, -1);
}

export async function startServerProcess(options: ServerOptions = {}): Promise<ServerProcess> {
  const bundle = freshServerBundle(SERVER_DIR);
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', PORT: String(port) };
  delete env.DATABASE_URL;
  Object.assign(env, options.env);
  const child = spawn(process.execPath, [...serveFlags(), bundle], {
    cwd: SERVER_DIR,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const append = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const running = () => child.exitCode === null && child.signalCode === null;

  const server: ServerProcess = {
    baseUrl: `http://127.0.0.1:${port}`,
    port,
    child,
    output: () => output,
    exited: () => exit,
    async stop(timeoutMs = 30_000) {
      if (!running()) return { code: child.exitCode, ms: 0 };
      const started = Date.now();
      child.kill('SIGTERM');
      const timer = new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs));
      const ended = await Promise.race([exit, timer]);
      return ended ? { code: ended.code, ms: Date.now() - started } : null;
    },
    async kill() {
      if (running()) child.kill('SIGKILL');
      await exit;
    },
  };

  if (options.waitForHealth === false) return server;
  const deadline = Date.now() + (options.healthTimeoutMs ?? 90_000);
  for (;;) {
    if (!running()) throw new Error(`the server exited with ${child.exitCode}:\n${output}`);
    const health = await fetch(`${server.baseUrl}/trpc/health`).catch(() => null);
    if (health?.status === 200) return server;
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`the server did not answer /trpc/health in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.healthPollMs ?? 50));
  }
}
