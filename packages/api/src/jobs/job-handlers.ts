// What the worker runs for each queue, and how each queue retries. Another module plugs in
// by adding its handler here. (Mail is not a queue here: notifications/mail-outbox.ts.)
import type { Queue } from 'pg-boss';
import { runPasswordResetRequestJob } from '../auth/password-reset-job';
import type { Services } from '../context';
import { CALENDAR_TICK_CRON, runCalendarTick } from '../invoices/calendar-tick';
import { runPublishOfferDeadLetter, runPublishOfferJob } from './publish-offer-job';
import type { JobName } from './queue';

/** The parts of a pg-boss job a handler needs. */
export type JobAttempt = {
  id: string;
  data: unknown;
  /** 0 on the first attempt. */
  retryCount: number;
  retryLimit: number;
  /** Dead-lettered jobs: the retries the original job used. */
  sourceRetryCount?: number | null;
};

export type JobHandler = (services: Services, job: JobAttempt) => Promise<void>;

/** Internal queues beside the public job names (dead letters). */
export type QueueName = JobName | 'publish-offer-dead';

/** pg-boss's shortest heartbeat: how long a crashed worker's job stays claimed. */
const HEARTBEAT_SECONDS = 10;

/**
 * Created in this order (a dead letter queue before the queue that names it). A `quiet` queue
 * has work now and then, and nobody waits on it to the second: one worker polls it, every 2 s
 * rather than every 0.5 s (runner.ts). Each poll is a statement, whether or not it finds a job.
 */
export const QUEUES: { name: QueueName; options: Omit<Queue, 'name'>; quiet?: true }[] = [
  {
    name: 'publish-offer-dead',
    options: { retryLimit: 5, retryDelay: 5, retryBackoff: true },
    quiet: true,
  },
  {
    name: 'publish-offer',
    options: {
      // One queued-or-active job per offer (the singletonKey is the offer ID).
      policy: 'exclusive',
      retryLimit: 5,
      retryDelay: 1,
      retryBackoff: true,
      retryDelayMax: 60,
      expireInSeconds: 120,
      // A worker that dies mid-job stops beating: the job is retried ~10 s later (SUPERVISE_SECONDS
      // in runner.ts), not when it expires.
      heartbeatSeconds: HEARTBEAT_SECONDS,
      deadLetter: 'publish-offer-dead',
      notify: true,
    },
  },
  // The mail of auth.requestPasswordReset, made off the request so that its answer takes the
  // same time whether or not the email has a login.
  {
    name: 'password-reset-request',
    options: { retryLimit: 3, retryDelay: 5, retryBackoff: true, notify: true },
    // Woken at once by `wake` in this process and by NOTIFY in others.
    quiet: true,
  },
  // Every minute by the schedule below; a failed tick is simply redone by the next one.
  {
    name: 'calendar-tick',
    options: { policy: 'singleton', retryLimit: 0, expireInSeconds: 300 },
    quiet: true,
  },
];

/** Cron schedules (pg-boss runs each once per slot across all processes). */
export const SCHEDULES: { name: QueueName; cron: string }[] = [
  { name: 'calendar-tick', cron: CALENDAR_TICK_CRON },
];

export const jobHandlers: Partial<Record<QueueName, JobHandler>> = {
  'publish-offer': runPublishOfferJob,
  'publish-offer-dead': runPublishOfferDeadLetter,
  'password-reset-request': runPasswordResetRequestJob,
  'calendar-tick': async (services) => {
    await runCalendarTick(services);
  },
};
