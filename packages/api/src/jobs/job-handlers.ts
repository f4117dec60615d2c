// What the worker runs for each queue, and how each queue retries. Another module plugs in
// by adding its handler here ('send-notification' is built by the notifications module).
import type { Queue } from 'pg-boss';
import type { Services } from '../context';
import { CALENDAR_TICK_CRON, runCalendarTick } from '../invoices/calendar-tick';
import { runSendNotificationJob } from '../notifications/send-notification-job';
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

/** Created in this order (a dead letter queue before the queue that names it). */
export const QUEUES: { name: QueueName; options: Omit<Queue, 'name'> }[] = [
  { name: 'publish-offer-dead', options: { retryLimit: 5, retryDelay: 5, retryBackoff: true } },
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
      deadLetter: 'publish-offer-dead',
      notify: true,
    },
  },
  {
    name: 'send-notification',
    options: { retryLimit: 8, retryDelay: 5, retryBackoff: true, retryDelayMax: 600, notify: true },
  },
  // Every minute by the schedule below; a failed tick is simply redone by the next one.
  { name: 'calendar-tick', options: { policy: 'singleton', retryLimit: 0, expireInSeconds: 300 } },
];

/** Cron schedules (pg-boss runs each once per slot across all processes). */
export const SCHEDULES: { name: QueueName; cron: string }[] = [
  { name: 'calendar-tick', cron: CALENDAR_TICK_CRON },
];

export const jobHandlers: Partial<Record<QueueName, JobHandler>> = {
  'publish-offer': runPublishOfferJob,
  'publish-offer-dead': runPublishOfferDeadLetter,
  'send-notification': runSendNotificationJob,
  'calendar-tick': async (services) => {
    await runCalendarTick(services);
  },
};
