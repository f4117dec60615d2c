// After extend (SPEC §5): a publish that fails and is reopened, cancel, a new expiration
// date that re-opens an expired offer, and deleting a draft.

import { createHash } from 'node:crypto';
import { addDays } from '@offerdesk/core';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { offerStateMessages, publishMessages } from './offer-messages';
import {
  addOfferDocument,
  createCompleteDraft,
  daysFromToday,
  publishedOffer,
  setUpResale,
  waitForStatus,
} from './offer-test-kit';

const t = await startTestApi();
const db = t.handle.db;

/** A stored file that claims to be a PDF but is not one (as a corrupted upload would be). */
async function storeUnreadablePdf(): Promise<string> {
  const bytes = new TextEncoder().encode(`%PDF-1.7\nnot really a pdf ${Math.random()}\n`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await db
    .insertInto('documents')
    .values({ sha256, media_type: 'application/pdf', size_bytes: bytes.length, bytes })
    .execute();
  return sha256;
}

describe(`offer lifecycle (${t.handle.kind})`, () => {
  it('fails with a reason when a document is unreadable; reopen makes it a draft again', async () => {
    const resale = await setUpResale(t, {
      authorization: { availability: 'single_use', endsOn: daysFromToday(90) },
    });
    const { trpc } = resale;
    const offerId = await createCompleteDraft(resale);
    await addOfferDocument(t, offerId, {
      fileName: 'Scope.pdf',
      sha256: await storeUnreadablePdf(),
    });
    await trpc.offers.extend.mutate({ offerId });
    const failed = await waitForStatus(trpc, offerId, 'FAILED');
    expect(failed.failureReason).toBe(publishMessages.unreadable('Scope.pdf'));
    expect((await refusalOf(trpc.offers.extend.mutate({ offerId }))).message).toBe(
      offerStateMessages.extendFailed,
    );

    expect(await trpc.offers.reopen.mutate({ offerId })).toEqual({ offerId, status: 'DRAFT' });
    const draft = await trpc.offers.get.query({ offerId });
    expect(draft.status).toBe('DRAFT');
    // The single-use authorization stays this offer's: no warning, and extend works again.
    expect(draft.authorizationWarning).toBeNull();
    const [document] = draft.documents.filter((d) => d.kind === 'ADDITIONAL');
    await trpc.offers.removeDocument.mutate({ offerId, documentId: document?.id ?? '' });
    await trpc.offers.extend.mutate({ offerId });
    await waitForStatus(trpc, offerId, 'PUBLISHED');
    const { events } = await trpc.offers.history.query({ offerId });
    expect(events.map((e) => e.kind)).toEqual([
      'created',
      'updated',
      'extended',
      'publish_failed',
      'reopened',
      'document_removed',
      'extended',
      'published',
    ]);
  });

  it('cancels a published offer once; cancelling again returns the same result', async () => {
    const { resale, offerId } = await publishedOffer(t);
    const cancelled = await resale.trpc.offers.cancel.mutate({ offerId });
    expect(cancelled.status).toBe('CANCELLED');
    expect(await resale.trpc.offers.cancel.mutate({ offerId })).toEqual(cancelled);
    const offer = await resale.trpc.offers.get.query({ offerId });
    expect(offer.status).toBe('CANCELLED');
    expect(offer.cancelledAt).toBe(cancelled.cancelledAt);
    const refusal = await refusalOf(
      resale.trpc.offers.updateExpiration.mutate({ offerId, expirationDate: daysFromToday(40) }),
    );
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    const draftId = await createCompleteDraft(resale);
    const notPublished = await refusalOf(resale.trpc.offers.cancel.mutate({ offerId: draftId }));
    expect(notPublished.message).toBe(offerStateMessages.cancelPublishedOnly('DRAFT'));
  });

  it('shows an offer past its date as EXPIRED; a new date makes it available again', async () => {
    const { resale, offerId } = await publishedOffer(t);
    const { trpc } = resale;
    const expirationDate = daysFromToday(30);
    // One millisecond after 23:59:59.999 UTC on the expiration date.
    const later = new Date(`${addDays(expirationDate, 1)}T00:00:00.000Z`);
    try {
      // Listed under each clock in turn: the page's statement is the one of the clock in force.
      expect((await trpc.offers.list.query({ status: 'EXPIRED' })).items).toEqual([]);
      t.setClock(fixedClock(later));
      expect((await trpc.offers.get.query({ offerId })).status).toBe('EXPIRED');
      const expired = await trpc.offers.list.query({ status: 'EXPIRED' });
      expect(expired.items.map((o) => o.id)).toEqual([offerId]);
      const refusal = await refusalOf(
        trpc.offers.updateExpiration.mutate({ offerId, expirationDate }),
      );
      expect(refusal.data?.issues).toEqual([
        { path: ['expirationDate'], message: 'The expiration date cannot be in the past' },
      ]);
      const reopened = await trpc.offers.updateExpiration.mutate({
        offerId,
        expirationDate: addDays(expirationDate, 10),
      });
      expect(reopened).toEqual({
        offerId,
        status: 'PUBLISHED',
        expirationDate: addDays(expirationDate, 10),
      });
      expect((await trpc.offers.list.query({ status: 'EXPIRED' })).items).toEqual([]);
      expect(
        (await trpc.offers.list.query({ status: 'PUBLISHED' })).items.map((o) => o.id),
      ).toEqual([offerId]);
    } finally {
      t.setClock(null);
    }
    const history = await trpc.offers.history.query({ offerId });
    expect(history.events.at(-1)).toMatchObject({
      kind: 'expiration_updated',
      detail: { from: expirationDate, to: addDays(expirationDate, 10), reopened: true },
    });
  });

  it('deletes a draft only, with its rows', async () => {
    const { resale, offerId: publishedId } = await publishedOffer(t);
    const draftId = await createCompleteDraft(resale);
    await addOfferDocument(t, draftId);
    expect(await resale.trpc.offers.delete.mutate({ offerId: draftId })).toEqual({
      offerId: draftId,
      deleted: true,
    });
    expect((await refusalOf(resale.trpc.offers.get.query({ offerId: draftId }))).data?.code).toBe(
      'NOT_FOUND',
    );
    for (const table of ['offer_buyers', 'offer_documents', 'offer_events'] as const) {
      const left = await db
        .selectFrom(table)
        .select('offer_id')
        .where('offer_id', '=', draftId)
        .execute();
      expect(left).toEqual([]);
    }
    const refusal = await refusalOf(resale.trpc.offers.delete.mutate({ offerId: publishedId }));
    expect(refusal.message).toBe(offerStateMessages.deleteDraftOnly('PUBLISHED'));
  });
});
