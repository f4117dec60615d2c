// The 'send-notification' job around send-notification.ts. pg-boss retries a failed send with
// backoff (retryLimit in jobs/job-handlers.ts); when the last retry fails too, the row stays
// PENDING and a fresh job is queued for an hour later, so an SMTP outage of any length loses
// nothing.
import type { Services } from '../context';
import type { JobAttempt } from '../jobs/job-handlers';
import { SEND_NOTIFICATION_JOB } from './enqueue-notifications';
import { sendNotification } from './send-notification';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const RETRY_AFTER_EXHAUSTED_MS = 60 * 60 * 1000;

export async function runSendNotificationJob(services: Services, job: JobAttempt): Promise<void> {
  const notificationId = (job.data as { notificationId?: unknown } | null)?.notificationId;
  if (typeof notificationId !== 'string' || !UUID.test(notificationId)) {
    services.logger.error({ jobId: job.id }, 'send-notification job without a notificationId');
    return;
  }
  try {
    const outcome = await sendNotification(services.db, services.config, notificationId);
    services.logger.info({ notificationId, outcome }, 'send-notification');
  } catch (error) {
    const exhausted = job.retryCount >= job.retryLimit;
    services.logger.warn(
      { err: error, notificationId, retryCount: job.retryCount, exhausted },
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
    throw error;
  }
}
