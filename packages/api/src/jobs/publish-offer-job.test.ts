// The publish job's failure handling, with the PDF step made to fail the way a transient
// fault would (the real worker never sees these offers: they are put in PUBLISHING directly,
// without a job).
import { describe, expect, it, vi } from 'vitest';
import { publishMessages } from '../offers/offer-messages';
import { createCompleteDraft, setUpResale } from '../offers/offer-test-kit';
import { publishOffer } from '../offers/publish-offer';
import { startTestApi } from '../testing';
import { runPublishOfferDeadLetter, runPublishOfferJob } from './publish-offer-job';

const compose = vi.hoisted(() => ({ failing: false }));
vi.mock('../documents/compose', async (importOriginal) => {
  const original = await importOriginal<typeof import('../documents/compose')>();
  return {
    ...original,
    composeOfferPdf: async (input: Parameters<typeof original.composeOfferPdf>[0]) => {
      if (compose.failing) throw new Error('connection reset while reading a document');
      return original.composeOfferPdf(input);
    },
  };
});

const t = await startTestApi();
const db = t.handle.db;
const services = t.api.services;

async function publishingOffer() {
  const resale = await setUpResale(t);
  const offerId = await createCompleteDraft(resale);
  await db
    .updateTable('offers')
    .set({ status: 'PUBLISHING', name: 'Offer made for this test' })
    .where('id', '=', offerId)
    .execute();
  return { resale, offerId };
}

const attempt = (offerId: string, retryCount: number) => ({
  id: 'test-job',
  data: { offerId },
  retryCount,
  retryLimit: 5,
});

describe(`publish-offer job (${t.handle.kind})`, () => {
  it('retries a transient failure, and fails the offer with a reason on the last attempt', async () => {
    const { resale, offerId } = await publishingOffer();
    compose.failing = true;
    try {
      await expect(runPublishOfferJob(services, attempt(offerId, 0))).rejects.toThrow(
        'connection reset',
      );
      expect((await resale.trpc.offers.get.query({ offerId })).status).toBe('PUBLISHING');
      await runPublishOfferJob(services, attempt(offerId, 5));
    } finally {
      compose.failing = false;
    }
    const offer = await resale.trpc.offers.get.query({ offerId });
    expect(offer.status).toBe('FAILED');
    expect(offer.failureReason).toBe(publishMessages.gaveUp(6));
  });

  it('fails the offer when a job reaches the dead letter queue', async () => {
    const { resale, offerId } = await publishingOffer();
    await runPublishOfferDeadLetter(services, { ...attempt(offerId, 0), sourceRetryCount: 5 });
    const offer = await resale.trpc.offers.get.query({ offerId });
    expect(offer.status).toBe('FAILED');
    expect(offer.failureReason).toBe(publishMessages.gaveUp(6));
  });

  it('publishes once: a repeated job neither publishes again nor writes a second event', async () => {
    const { resale, offerId } = await publishingOffer();
    const outcomes = await Promise.all([
      publishOffer(t.handle, services.clock, offerId),
      publishOffer(t.handle, services.clock, offerId),
    ]);
    expect(outcomes.sort()).toEqual(['published', 'skipped']);
    expect(await publishOffer(t.handle, services.clock, offerId)).toBe('skipped');
    const { events } = await resale.trpc.offers.history.query({ offerId });
    expect(events.filter((e) => e.kind === 'published')).toHaveLength(1);
    // The failure handlers leave a published offer alone.
    await runPublishOfferDeadLetter(services, attempt(offerId, 5));
    expect((await resale.trpc.offers.get.query({ offerId })).status).toBe('PUBLISHED');
  });
});
