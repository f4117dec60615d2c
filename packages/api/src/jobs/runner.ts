// pg-boss, in its own schema of the same database as the data. On PostgreSQL it opens its
// own small pool; on PGlite it shares the one connection through Kysely's queue (see
// pglite-adapter.ts). Jobs are inserted through the caller's transaction. Workers poll every
// 0.5 s (pg-boss's minimum; a quiet queue's every 2 s), are woken at once by LISTEN/NOTIFY when
// a job of a notified queue commits, and by `wake` in this process right after the sender's
// commit: extend → PUBLISHED in well under a second when web and worker share a process. Where
// the database does not vacuum the job table itself, the worker does (queue-vacuum.ts). The
// worker also runs the mail outbox (notifications/mail-outbox.ts), which is not a pg-boss queue.
import { type DbHandle, preparedText } from '@offerdesk/db';
import { CompiledQuery } from 'kysely';
import { type ConstructorOptions, type Db, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { Services } from '../context';
import { type MailOutbox, startMailOutbox } from '../notifications/mail-outbox';
import { jobHandlers, QUEUES, type QueueName, SCHEDULES } from './job-handlers';
import { serializedPgliteDb } from './pglite-adapter';
import type { JobQueue } from './queue';
import { type QueueVacuum, startQueueVacuum } from './queue-vacuum';

export const PGBOSS_SCHEMA = 'pgboss';
const JOB_POOL_SIZE = 4;

const WORK_OPTIONS = {
  includeMetadata: true,
  batchSize: 1,
  localConcurrency: 2,
  pollingIntervalSeconds: 0.5,
  // Also 0.5 s while LISTEN/NOTIFY is up: a missed notification must not cost 30 s.
  notifyPollingIntervalSeconds: 0.5,
} as const;

/** A quiet queue's (job-handlers.ts): one worker, polling every 2 s. */
const QUIET_OPTIONS = {
  localConcurrency: 1,
  pollingIntervalSeconds: 2,
  notifyPollingIntervalSeconds: 2,
} as const;

/**
 * How often one process of the deployment fails the jobs whose worker stopped beating (see
 * HEARTBEAT_SECONDS in job-handlers.ts): pg-boss checks heartbeats in its supervise pass, per
 * queue at most once a monitor interval, and its defaults of 60 s would leave an offer
 * PUBLISHING for a minute or more after a worker crash.
 */
const SUPERVISE_SECONDS = 5;

/** pg-boss hands its options on to pg's Pool, `min` among them, though it does not declare it. */
type BossOptions = ConstructorOptions & { min?: number };

export function bossOptions(handle: DbHandle): BossOptions {
  const common = {
    schema: PGBOSS_SCHEMA,
    useListenNotify: true,
    superviseIntervalSeconds: SUPERVISE_SECONDS,
    monitorIntervalSeconds: SUPERVISE_SECONDS,
  };
  if (handle.kind === 'pglite') {
    if (!handle.pglite) throw new Error('PGlite handle without its instance');
    return { ...common, backend: 'pglite', db: serializedPgliteDb(handle.db, handle.pglite) };
  }
  if (!handle.databaseUrl) throw new Error('PostgreSQL handle without its URL');
  return {
    ...common,
    connectionString: handle.databaseUrl,
    // Small: jobs are few and short; the web pool is the one that needs connections.
    max: JOB_POOL_SIZE,
    // The two settings below keep V8 from throwing away the web's fastest code mid-traffic.
    // pg's client and socket code is shared by every connection in the process, and V8
    // optimizes it for the object shapes it has met. The first time it meets a new one, it
    // drops that code and runs slowly until it has compiled it again. About 10 s after start
    // both of the events below came at once; for ~1.5 s every scavenge took 5-16 ms instead
    // of 1, and pages asked for then took 10-50 ms (issue 9: --trace-deopt and --trace-gc
    // beside the page latencies). job-connections.test.ts checks that both settings hold.
    //
    // Kept once opened, as the web pool's are (packages/db's connection.ts). pg's pool closes a
    // connection idle for 10 s, and the first close was such a new shape.
    min: JOB_POOL_SIZE,
    // pg-boss's LISTEN heartbeat, a query on a client of its own, comes every 10 s by default,
    // and the first was another. Every second, the first comes before there is traffic, and a
    // lost LISTEN is found sooner.
    notifyHeartbeatIntervalMs: 1_000,
    application_name: 'offerdesk-jobs',
  };
}

/**
 * pg-boss statements through the caller's Kysely transaction (single statements only). They
 * are prepared: pg-boss's texts are fixed per queue, and planning its insert cost PostgreSQL
 * as much as running it, in every acceptance.
 */
function transactionDb(db: Parameters<JobQueue['send']>[0]): Db {
  return {
    async executeSql(text, values = []) {
      const result = await db.executeQuery(CompiledQuery.raw(preparedText(text), values));
      return { rows: [...result.rows] };
    },
  };
}

export type WorkerOptions = {
  /** False: the rows written to be mailed stay PENDING (tests that mail them when they choose). */
  mailOutbox?: boolean;
};

export type JobRunner = {
  queue: JobQueue;
  startWorker(services: Services, options?: WorkerOptions): Promise<void>;
  /** Stops fetching and waits for the jobs in flight to finish. */
  stop(): Promise<void>;
};

/**
 * Creates the queues before any send: pg-boss looks a queue up in its cache, and a miss would
 * read the database outside the caller's transaction (on PGlite, waiting for that transaction).
 * Its start has cached the queues that exist; on every start but the first that is all of them,
 * and nothing is written (a dozen statements fewer on the way to serving).
 */
async function ensureQueues(boss: PgBoss): Promise<void> {
  const existing = new Map((await boss.getQueues()).map((queue) => [queue.name, queue]));
  for (const { name, options } of QUEUES) {
    const queue = existing.get(name);
    if (!queue) {
      await boss.createQueue(name, options);
      continue;
    }
    // A database made before heartbeats gets them, and a queue made before a change of its
    // expiry or of whether it is notified gets the change.
    const heartbeat = options.heartbeatSeconds;
    const expiry = options.expireInSeconds;
    const notify = options.notify ?? false;
    const changes = {
      ...(heartbeat && queue.heartbeatSeconds !== heartbeat ? { heartbeatSeconds: heartbeat } : {}),
      ...(expiry && queue.expireInSeconds !== expiry ? { expireInSeconds: expiry } : {}),
      ...(Boolean(queue.notify) !== notify ? { notify } : {}),
    };
    if (Object.keys(changes).length > 0) await boss.updateQueue(name, changes);
  }
}

export async function createJobRunner(handle: DbHandle, logger: Logger): Promise<JobRunner> {
  const boss = new PgBoss(bossOptions(handle));
  boss.on('error', (err) => logger.error({ err }, 'job queue error'));
  boss.on('warning', (warning) => logger.warn({ warning }, 'job queue warning'));
  await boss.start();
  await ensureQueues(boss);

  const workers = new Map<QueueName, string[]>();
  let vacuum: QueueVacuum | null = null;
  let mail: MailOutbox | null = null;
  let stopping: Promise<void> | null = null;
  const queue: JobQueue = {
    async send(db, name, data, options = {}) {
      await boss.send(name, data, {
        ...(options.singletonKey ? { singletonKey: options.singletonKey } : {}),
        ...(options.startAfter ? { startAfter: options.startAfter } : {}),
        db: transactionDb(db),
      });
    },
    wake(name) {
      if (name === 'mail') mail?.wake();
      else for (const id of workers.get(name) ?? []) boss.notifyWorker(id);
    },
  };

  return {
    queue,
    async startWorker(services, options = {}) {
      for (const { name, quiet } of QUEUES) {
        if (workers.has(name)) continue;
        const handler = jobHandlers[name];
        if (!handler) continue;
        const options = { ...WORK_OPTIONS, ...(quiet ? QUIET_OPTIONS : {}) };
        const id = await boss.work(name, options, async (jobs) => {
          for (const job of jobs) await handler(services, job);
        });
        workers.set(name, [id]);
      }
      for (const { name, cron } of SCHEDULES) await boss.schedule(name, cron);
      vacuum ??= startQueueVacuum(handle, PGBOSS_SCHEMA, logger);
      if (options.mailOutbox !== false) mail ??= startMailOutbox(services);
    },
    stop() {
      stopping ??= (async () => {
        // Together: each may wait for work in flight (up to 30 s), and shutdown's grace is short.
        await Promise.all([
          vacuum?.stop(),
          mail?.stop(),
          boss.stop({ graceful: true, close: true, timeout: 30_000 }),
        ]);
      })();
      return stopping;
    },
  };
}
