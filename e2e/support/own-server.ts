// A server of a test's own, beside the shared one Playwright starts: for tests that need a
// different start (an empty database with DEMO_DATA=false) or a restart on the same data dir
// with other settings. Fresh embedded database in a temporary folder, a free port, built SPAs.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SERVER_DIR = fileURLToPath(new URL('../../apps/server/', import.meta.url));

export type OwnServer = {
  baseURL: string;
  dataDir: string;
  /** Stops the process (SIGTERM, waits for exit); the data dir stays for a restart. */
  stop(): Promise<void>;
  /** Stops it, then starts it again on the same data dir and port with `env` merged in. */
  restart(env?: Record<string, string>): Promise<void>;
  /** Stops it and removes the data dir. */
  dispose(): Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseURL: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseURL}/trpc/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`server at ${baseURL} did not answer within 60 s`);
}

export async function startOwnServer(
  options: { demoData?: boolean; env?: Record<string, string> } = {},
): Promise<OwnServer> {
  const port = await freePort();
  const baseURL = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'offerdesk-e2e-own-'));
  let extraEnv = options.env ?? {};
  let child: ChildProcess | null = null;

  const launch = async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATA_DIR: dataDir,
      DEMO_DATA: String(options.demoData ?? true),
      NODE_ENV: 'development',
      PORT: String(port),
      PUBLIC_URL: baseURL,
      LOG_LEVEL: 'warn',
      ...extraEnv,
    };
    delete env.DATABASE_URL;
    const started = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: SERVER_DIR,
      env,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    child = started;
    await waitForHealth(baseURL, started);
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await launch();
  return {
    baseURL,
    dataDir,
    stop,
    async restart(env = {}) {
      await stop();
      extraEnv = { ...extraEnv, ...env };
      await launch();
    },
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
