// Starts apps/server for the browser tests on a fresh embedded database in a temporary folder
// (demo data loaded), forwards the stop signal, and removes the folder once the server exited.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dataDir = mkdtempSync(join(tmpdir(), 'offerdesk-e2e-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATA_DIR: dataDir,
  DEMO_DATA: 'true',
  NODE_ENV: 'development',
  PUBLIC_URL: `http://127.0.0.1:${process.env.PORT ?? '3000'}`,
};
// Browser tests always run on the embedded database, even in a shell that has DATABASE_URL.
delete env.DATABASE_URL;

// Its own process group: Playwright signals our whole group, and the server must get exactly
// one signal (a second one makes it exit at once, without closing the database).
const server = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
  env,
  stdio: 'inherit',
  detached: true,
});

const cleanUp = () => rmSync(dataDir, { recursive: true, force: true });
const running = () => server.exitCode === null && server.signalCode === null;

let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (forwarded || !running()) return;
    forwarded = true;
    server.kill(signal);
  });
}
// Should this wrapper die some other way, the server must not outlive it.
process.on('exit', () => {
  if (running()) server.kill('SIGKILL');
});

server.on('exit', (code, signal) => {
  cleanUp();
  process.exit(code ?? (signal ? 0 : 1));
});
