// A PostgreSQL cluster of a suite's own, for experiments that stop and restart the database:
// `initdb` in a temporary folder, its own port and socket folder, `pg_ctl` to stop and start
// it. The shared server is never touched. PostgreSQL refuses to run as root, so as root (CI)
// the cluster belongs to and runs as the `postgres` user that Debian's packages create.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { appendFile, chown, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port';

export type PrivatePostgres = {
  port: number;
  /** The superuser's URL for the `postgres` database (CREATE DATABASE, throwawayPostgres). */
  adminUrl: string;
  /** `pg_ctl start`; resolves once it accepts connections. */
  start(): Promise<void>;
  /** `pg_ctl stop -m fast` (or `immediate`: a crash); resolves once it is down. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** The server's own log, for a failure's explanation. */
  log(): string;
  /** Stops it if it runs and removes its folder. */
  destroy(): Promise<void>;
};

/** The newest /usr/lib/postgresql/<version>/bin that has initdb, else whatever PATH has. */
function binDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

/** uid and gid of the `postgres` user when we are root (PostgreSQL will not run as root). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  if (!uid || !gid) throw new Error('running as root, and there is no postgres user to run as');
  return { uid: Number(uid), gid: Number(gid) };
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = binDir();
  const tool = (name: string) => (bin ? join(bin, name) : name);
  const user = runAs();
  const dir = await mkdtemp(join(tmpdir(), 'offerdesk-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (user) await chown(dir, user.uid, user.gid);
  const run = (name: string, args: string[]) =>
    new Promise<void>((resolve, reject) => {
      execFile(tool(name), args, { ...user, cwd: dir }, (error, _stdout, stderr) =>
        error ? reject(new Error(`${name} ${args.join(' ')} failed: ${stderr}`)) : resolve(),
      );
    });
  const port = await freePort();
  let running = false;
  const cluster: PrivatePostgres = {
    port,
    adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async start() {
      await run('pg_ctl', ['start', '-D', dataDir, '-l', logFile, '-w', '-t', '60']);
      running = true;
    },
    async stop(mode = 'fast') {
      await run('pg_ctl', ['stop', '-D', dataDir, '-m', mode, '-w', '-t', '60']);
      running = false;
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
    async destroy() {
      if (running) await cluster.stop('immediate').catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
  try {
    await run('initdb', [
      '-D',
      dataDir,
      '-U',
      'postgres',
      '-A',
      'trust',
      '--no-sync',
      '-E',
      'UTF8',
    ]);
    // The port and socket folder are the cluster's own settings, so a plain `pg_ctl start`
    // (and a restart) comes back on the same ones.
    await appendFile(
      join(dataDir, 'postgresql.conf'),
      `\nport = ${port}\nunix_socket_directories = '${dir}'\nlisten_addresses = '127.0.0.1'\n`,
    );
    await cluster.start();
  } catch (error) {
    await cluster.destroy();
    throw error;
  }
  return cluster;
}
