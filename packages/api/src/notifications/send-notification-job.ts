// The 'send-notification' jobs around send-notification.ts, worked in batches: one read and
// one write for a batch of mailbox rows, and one outcome per job. A job carries an event's
// mails; it fails, and is retried, for a mail the SMTP server refused, and its retry mails
// only that one. pg-boss retries with backoff (retryLimit in jobs/job-handlers.ts); when the
// last retry fails too, the rows stay PENDING and a fresh job is queued for an hour later, so
// an SMTP outage of any length loses nothing.
import type { Services } from '../context';
import type { JobAttempt, JobOutcome } from '../jobs/job-handlers';
import { SEND_NOTIFICATION_JOB, type SendJobData } from './enqueue-notifications';
import { type SendOutcome, sendNotifications } from './send-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RETRY_AFTER_EXHAUSTED_MS = 60 * 60 * 1000;

/**
 * The notifications a send job mails: its `notificationIds`, or the single `notificationId` of
 * a job queued before jobs carried an event's mails together. Only well-formed IDs count.
 */
export function notificationIdsOf(data: unknown): string[] {
  const { notificationIds, notificationId } = (data ?? {}) as {
    notificationIds?: unknown;
    notificationId?: unknown;
  };
  const ids = Array.isArray(notificationIds) ? notificationIds : [notificationId];
  return ids.filter((id): id is string => typeof id === 'string' && UUID.test(id));
}

export async function runSendNotificationJobs(
  services: Services,
  jobs: JobAttempt[],
): Promise<JobOutcome[]> {
  const idsOf = new Map(jobs.map((job) => [job.id, notificationIdsOf(job.data)]));
  for (const job of jobs) {
    if (idsOf.get(job.id)?.length === 0) {
      services.logger.error({ jobId: job.id }, 'send-notification job without a notificationId');
    }
  }
  const outcomes = await sendNotifications(services.db, services.config, [
    ...new Set([...idsOf.values()].flat()),
  ]);
  const done: Partial<Record<SendOutcome, string[]>> = {};
  for (const [id, outcome] of outcomes) {
    if (!(outcome instanceof Error)) done[outcome] = [...(done[outcome] ?? []), id];
  }
  const results: JobOutcome[] = [];
  for (const job of jobs) {
    // A job without a usable ID completes: retrying it could never help.
    const failed = (idsOf.get(job.id) ?? []).flatMap((id) => {
      const outcome = outcomes.get(id);
      return outcome instanceof Error ? [{ id, error: outcome }] : [];
    });
    const [first] = failed;
    if (!first) {
      results.push({ id: job.id, status: 'completed' });
      continue;
    }
    // A retry of the job mails only these: the rows already sent are skipped.
    const exhausted = job.retryCount >= job.retryLimit;
    for (const { id, error } of failed) {
      services.logger.warn(
        { err: error, notificationId: id, retryCount: job.retryCount, exhausted },
        'send-notification failed',
      );
    }
    if (exhausted) {
      const data: SendJobData = { notificationIds: failed.map(({ id }) => id) };
      await services.jobs.send(services.db, SEND_NOTIFICATION_JOB, data, {
        startAfter: new Date(Date.now() + RETRY_AFTER_EXHAUSTED_MS),
      });
    }
    results.push({ id: job.id, status: 'failed', output: first.error });
  }
  if (Object.keys(done).length > 0) services.logger.info({ outcomes: done }, 'send-notification');
  return results;
}
