// The 'send-notification' jobs around send-notification.ts, worked in batches: one read and
// one write for a batch of mailbox rows, and one outcome per job, so a mail the SMTP server
// refused is retried alone. pg-boss retries a failed send with backoff (retryLimit in
// jobs/job-handlers.ts); when the last retry fails too, the row stays PENDING and a fresh job
// is queued for an hour later, so an SMTP outage of any length loses nothing.
import type { Services } from '../context';
import type { JobAttempt, JobOutcome } from '../jobs/job-handlers';
import { SEND_NOTIFICATION_JOB } from './enqueue-notifications';
import { type SendOutcome, sendNotifications } from './send-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RETRY_AFTER_EXHAUSTED_MS = 60 * 60 * 1000;

export async function runSendNotificationJobs(
  services: Services,
  jobs: JobAttempt[],
): Promise<JobOutcome[]> {
  const notificationOf = new Map<string, string>();
  for (const job of jobs) {
    const notificationId = (job.data as { notificationId?: unknown } | null)?.notificationId;
    if (typeof notificationId === 'string' && UUID.test(notificationId)) {
      notificationOf.set(job.id, notificationId);
    } else {
      services.logger.error({ jobId: job.id }, 'send-notification job without a notificationId');
    }
  }
  const outcomes = await sendNotifications(services.db, services.config, [
    ...new Set(notificationOf.values()),
  ]);
  const done: Partial<Record<SendOutcome, string[]>> = {};
  const results: JobOutcome[] = [];
  for (const job of jobs) {
    const notificationId = notificationOf.get(job.id);
    // A job without a usable ID completes: retrying it could never help.
    if (!notificationId) {
      results.push({ id: job.id, status: 'completed' });
      continue;
    }
    const outcome = outcomes.get(notificationId) ?? 'missing';
    if (!(outcome instanceof Error)) {
      done[outcome] = [...(done[outcome] ?? []), notificationId];
      results.push({ id: job.id, status: 'completed' });
      continue;
    }
    const exhausted = job.retryCount >= job.retryLimit;
    services.logger.warn(
      { err: outcome, notificationId, retryCount: job.retryCount, exhausted },
      'send-notification failed',
    );
    if (exhausted) {
      await services.jobs.send(
        services.db,
        SEND_NOTIFICATION_JOB,
        { notificationId },
        { startAfter: new Date(Date.now() + RETRY_AFTER_EXHAUSTED_MS) },
      );
    }
    results.push({ id: job.id, status: 'failed', output: outcome });
  }
  if (Object.keys(done).length > 0) services.logger.info({ outcomes: done }, 'send-notification');
  return results;
}
