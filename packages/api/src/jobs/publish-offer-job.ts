// The 'publish-offer' job around offers/publish-offer.ts: a failure retrying cannot fix
// (an unreadable document) fails the offer at once; anything else is retried with backoff,
// and the last attempt fails the offer with a reason instead of leaving it PUBLISHING.
import { isOfferId } from '@offerdesk/core';
import type { Services } from '../context';
import { publishMessages } from '../offers/offer-messages';
import { failPublishing, PublishRefusal, publishOffer } from '../offers/publish-offer';
import type { JobAttempt } from './job-handlers';

function offerIdOf(data: unknown): string | null {
  const offerId = (data as { offerId?: unknown } | null)?.offerId;
  return isOfferId(offerId) ? offerId : null;
}

export async function runPublishOfferJob(services: Services, job: JobAttempt): Promise<void> {
  const { db, clock, logger } = services;
  const offerId = offerIdOf(job.data);
  if (!offerId) {
    logger.error({ jobId: job.id }, 'publish-offer job without a valid offerId');
    return;
  }
  const started = Date.now();
  try {
    const outcome = await publishOffer(services.handle, clock, offerId, services);
    logger.info({ offerId, outcome, ms: Date.now() - started }, 'publish-offer');
  } catch (error) {
    const lastAttempt = job.retryCount >= job.retryLimit;
    if (error instanceof PublishRefusal) {
      logger.warn({ offerId, reason: error.message }, 'publish-offer refused');
      await failPublishing(db, clock, offerId, error.message);
      return;
    }
    if (lastAttempt) {
      logger.error({ err: error, offerId, attempts: job.retryCount + 1 }, 'publish-offer gave up');
      await failPublishing(db, clock, offerId, publishMessages.gaveUp(job.retryCount + 1));
      return;
    }
    logger.warn({ err: error, offerId, retryCount: job.retryCount }, 'publish-offer will retry');
    throw error;
  }
}

/**
 * Jobs that ended without the handler deciding (the last attempt timed out, or failing the
 * offer itself failed) arrive here from pg-boss's dead letter queue.
 */
export async function runPublishOfferDeadLetter(
  services: Services,
  job: JobAttempt,
): Promise<void> {
  const offerId = offerIdOf(job.data);
  if (!offerId) return;
  const attempts = (job.sourceRetryCount ?? job.retryLimit) + 1;
  await failPublishing(services.db, services.clock, offerId, publishMessages.gaveUp(attempts));
}
