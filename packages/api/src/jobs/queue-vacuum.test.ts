import type { DbHandle } from '@offerdesk/db';
import type { KyselyPlugin } from 'kysely';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { type QueueVacuumOptions, startQueueVacuum } from './queue-vacuum';
import { PGBOSS_SCHEMA } from './runner';

const t = await startTestApi();
/** A logger that keeps what it is told: a failed vacuum says so at warn. */
function keptLog() {
  const lines: string[] = [];
  const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(line) });
  return { logger, lines };
}

/** The handle, with every VACUUM it runs counted (other files' workers vacuum the same table). */
function countingVacuums(handle: DbHandle): { handle: DbHandle; vacuums: string[] } {
  const vacuums: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery(args) {
      const text = JSON.stringify(args.node);
      if (text.includes('VACUUM')) vacuums.push(text);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { handle: { ...handle, db: handle.db.withPlugin(plugin) }, vacuums };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs a vacuum on the test database for `ms`, then stops it; what it did and said. */
async function runFor(ms: number, options: Partial<QueueVacuumOptions>) {
  const counted = countingVacuums(t.handle);
  const log = keptLog();
  const vacuum = startQueueVacuum(counted.handle, PGBOSS_SCHEMA, log.logger, options);
  await wait(ms);
  await vacuum.stop();
  return { vacuums: () => counted.vacuums.length, tables: counted.vacuums, warnings: log.lines };
}

describe(`the queue tables' vacuum (${t.handle.kind})`, () => {
  it('vacuums the job and notifications tables on a schedule where autovacuum does not run, and not once stopped', async () => {
    // PGlite runs no autovacuum; this machine's PostgreSQL has it switched off.
    const run = await runFor(300, { everyMs: 20, minDeadRows: 0 });
    const vacuumed = run.vacuums();
    expect(vacuumed).toBeGreaterThan(2);
    expect(run.tables.some((text) => text.includes('"job"'))).toBe(true);
    expect(run.tables.some((text) => text.includes('"notifications"'))).toBe(true);
    expect(run.warnings).toEqual([]);
    await wait(100);
    expect(run.vacuums()).toBe(vacuumed);
  });

  it('leaves tables with few dead rows alone', async () => {
    const run = await runFor(200, { everyMs: 20, minDeadRows: 1_000_000 });
    expect(run.vacuums()).toBe(0);
    // It did look: counting the dead rows did not fail.
    expect(run.warnings).toEqual([]);
  });
});
