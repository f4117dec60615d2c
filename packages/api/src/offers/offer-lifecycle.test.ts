// After extend (SPEC §5): a publish that fails and is reopened, cancel, a new expiration
// date that re-opens an expired offer, clone, delete, the documents' order, the history,
// and who may see an offer at all.

import { createHash } from 'node:crypto';
import { addDays, offerIdSchema } from '@offerdesk/core';
import { createPdfDocument } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { fixedClock } from '../clock';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { authorizationUseMessages, offerStateMessages, publishMessages } from './offer-messages';
import {
  addOfferDocument,
  createCompleteDraft,
  daysFromToday,
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

async function publishedOffer(options: Parameters<typeof setUpResale>[1] = {}) {
  const resale = await setUpResale(t, options);
  const offerId = await createCompleteDraft(resale);
  await resale.trpc.offers.extend.mutate({ offerId });
  await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
  return { resale, offerId };
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
    const { resale, offerId } = await publishedOffer();
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
    const { resale, offerId } = await publishedOffer();
    const { trpc } = resale;
    const expirationDate = daysFromToday(30);
    // One millisecond after 23:59:59.999 UTC on the expiration date.
    const later = new Date(`${addDays(expirationDate, 1)}T00:00:00.000Z`);
    try {
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

  it('clones an offer whose single-use authorization is used: the draft warns and extend refuses', async () => {
    const { resale, offerId } = await publishedOffer({
      authorization: { availability: 'single_use', endsOn: daysFromToday(90) },
    });
    const source = await resale.trpc.offers.get.query({ offerId });
    const clone = await resale.trpc.offers.clone.mutate({ offerId });
    const expected = authorizationUseMessages.usedByOther(offerId);
    expect(clone.authorizationWarning).toBe(expected);
    const draft = await resale.trpc.offers.get.query({ offerId: clone.offerId });
    expect(draft.status).toBe('DRAFT');
    expect(draft.authorizationWarning).toBe(expected);
    expect(draft.buyerAccountIds).toEqual(source.buyerAccountIds);
    expect(draft.pricingChoice).toEqual(source.pricingChoice);
    expect(draft.pricing?.totals).toEqual(source.totals);
    expect(draft.expirationDate).toBeNull();
    await resale.trpc.offers.update.mutate({
      offerId: clone.offerId,
      expirationDate: daysFromToday(20),
    });
    const refusal = await refusalOf(resale.trpc.offers.extend.mutate({ offerId: clone.offerId }));
    expect(refusal.data?.issues).toEqual([{ path: ['authorizationId'], message: expected }]);
  });

  it('clones with the same documents in the same order, stored once', async () => {
    const resale = await setUpResale(t);
    const offerId = await createCompleteDraft(resale);
    const shared = await createPdfDocument(db);
    await addOfferDocument(t, offerId, { fileName: 'A.pdf', sha256: shared });
    await addOfferDocument(t, offerId, { fileName: 'B.pdf' });
    const clone = await resale.trpc.offers.clone.mutate({ offerId });
    expect(clone.authorizationWarning).toBeNull();
    const draft = await resale.trpc.offers.get.query({ offerId: clone.offerId });
    const docs = (o: typeof draft) => o.documents.map((d) => [d.kind, d.fileName, d.sha256]);
    expect(docs(draft)).toEqual(docs(await resale.trpc.offers.get.query({ offerId })));
    expect(offerIdSchema.safeParse(clone.offerId).success).toBe(true);
  });

  it('reorders and removes documents, keeping positions 0…n−1', async () => {
    const resale = await setUpResale(t);
    const { trpc } = resale;
    const offerId = await createCompleteDraft(resale);
    const a = await addOfferDocument(t, offerId, { fileName: 'A.pdf' });
    const b = await addOfferDocument(t, offerId, { fileName: 'B.pdf' });
    const c = await addOfferDocument(t, offerId, { fileName: 'C.pdf' });
    const reordered = await trpc.offers.reorderDocuments.mutate({
      offerId,
      documentIds: [c, a, b],
    });
    expect(reordered.documents.map((d) => [d.fileName, d.position])).toEqual([
      ['C.pdf', 0],
      ['A.pdf', 1],
      ['B.pdf', 2],
    ]);
    const wrong = await refusalOf(
      trpc.offers.reorderDocuments.mutate({ offerId, documentIds: [c, a] }),
    );
    expect(wrong.data?.issues[0]?.path).toEqual(['documentIds']);
    await trpc.offers.removeDocument.mutate({ offerId, documentId: a });
    const preview = await trpc.offers.preview.query({ offerId });
    expect(preview.documents.map((d) => d.fileName)).toEqual(['EULA.pdf', 'C.pdf', 'B.pdf']);
    expect(preview.pricing?.totals.buyerCents).toBe(99_000);
    const rows = await db
      .selectFrom('offer_documents')
      .select(['file_name', 'position'])
      .where('offer_id', '=', offerId)
      .orderBy('position')
      .execute();
    expect(rows).toEqual([
      { file_name: 'C.pdf', position: 0 },
      { file_name: 'B.pdf', position: 1 },
    ]);
    await trpc.offers.extend.mutate({ offerId });
    await waitForStatus(trpc, offerId, 'PUBLISHED');
    const late = await refusalOf(trpc.offers.removeDocument.mutate({ offerId, documentId: b }));
    expect(late.message).toBe(offerStateMessages.draftOnly('PUBLISHED'));
  });

  it('deletes a draft only, with its rows', async () => {
    const { resale, offerId: publishedId } = await publishedOffer();
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

  it('lists the history with who and when', async () => {
    const { resale, offerId } = await publishedOffer();
    await resale.trpc.offers.cancel.mutate({ offerId });
    const { events } = await resale.trpc.offers.history.query({ offerId });
    expect(events.map((e) => [e.kind, e.actor?.email ?? 'Offerdesk'])).toEqual([
      ['created', resale.reseller.email],
      ['updated', resale.reseller.email],
      ['extended', resale.reseller.email],
      ['published', 'Offerdesk'],
      ['cancelled', resale.reseller.email],
    ]);
    expect(events[2]?.description).toBe(
      'Extended the offer to 1 buyer account(s) ($990.00 per buyer)',
    );
    for (const event of events) {
      expect(Math.abs(Date.parse(event.at) - Date.now())).toBeLessThan(60_000);
    }
  });

  it('answers NOT_FOUND to every other account, for every procedure', async () => {
    const resale = await setUpResale(t);
    const buyer = await t.newAccount();
    const offerId = await createCompleteDraft(resale);
    await resale.trpc.offers.update.mutate({ offerId, buyerAccountIds: [buyer.accountId] });
    await resale.trpc.offers.extend.mutate({ offerId });
    await waitForStatus(resale.trpc, offerId, 'PUBLISHED');
    const other = await t.newAccount({ seller: 'complete' });
    for (const o of [other.client.trpc.offers, buyer.client.trpc.offers]) {
      // Thunks: each call starts only when awaited, so no refusal goes unobserved.
      const calls = [
        () => o.get.query({ offerId }),
        () => o.preview.query({ offerId }),
        () => o.history.query({ offerId }),
        () => o.update.mutate({ offerId, name: 'Mine now' }),
        () => o.extend.mutate({ offerId }),
        () => o.reopen.mutate({ offerId }),
        () => o.delete.mutate({ offerId }),
        () => o.cancel.mutate({ offerId }),
        () => o.updateExpiration.mutate({ offerId, expirationDate: daysFromToday(20) }),
        () => o.clone.mutate({ offerId }),
        () =>
          o.removeDocument.mutate({ offerId, documentId: '00000000-0000-4000-8000-000000000000' }),
        () => o.reorderDocuments.mutate({ offerId, documentIds: [] }),
      ];
      for (const call of calls) expect((await refusalOf(call())).data?.code).toBe('NOT_FOUND');
      expect((await o.list.query({})).items).toEqual([]);
    }
    const anonymous = await refusalOf(t.anonymous().trpc.offers.get.query({ offerId }));
    expect(anonymous.data?.code).toBe('UNAUTHORIZED');
    expect((await resale.trpc.offers.get.query({ offerId })).status).toBe('PUBLISHED');
  });

  it('lists newest first with keyset pages, filters and search', async () => {
    const resale = await setUpResale(t, { buyerCount: 2 });
    const { trpc } = resale;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await createCompleteDraft(resale));
    await trpc.offers.update.mutate({ offerId: ids[1] ?? '', name: 'Quarterly review' });
    await trpc.offers.extend.mutate({ offerId: ids[4] ?? '' });
    await waitForStatus(trpc, ids[4] ?? '', 'PUBLISHED');

    const first = await trpc.offers.list.query({ limit: 2 });
    const second = await trpc.offers.list.query({ limit: 2, cursor: first.nextCursor });
    const third = await trpc.offers.list.query({ limit: 2, cursor: second.nextCursor });
    expect([...first.items, ...second.items, ...third.items].map((o) => o.id)).toEqual(
      [...ids].reverse(),
    );
    expect(third.nextCursor).toBeNull();
    expect(first.items[0]).toMatchObject({
      id: ids[4],
      status: 'PUBLISHED',
      product: { name: resale.productName },
      buyerAccountIds: resale.buyers.map((b) => b.accountId),
      acceptedCount: 0,
      expirationDate: daysFromToday(30),
    });
    const oldest = await trpc.offers.list.query({ direction: 'asc', limit: 1 });
    expect(oldest.items[0]?.id).toBe(ids[0]);
    const byExpiry = await trpc.offers.list.query({
      sort: 'expiration',
      direction: 'asc',
      limit: 10,
    });
    expect(byExpiry.items).toHaveLength(5);

    const drafts = await trpc.offers.list.query({ status: 'DRAFT' });
    expect(drafts.items.map((o) => o.id)).toEqual(ids.slice(0, 4).reverse());
    expect((await trpc.offers.list.query({ search: 'quarterly' })).items.map((o) => o.id)).toEqual([
      ids[1],
    ]);
    expect((await trpc.offers.list.query({ search: ids[3] ?? '' })).items.map((o) => o.id)).toEqual(
      [ids[3]],
    );
    const byBuyer = await trpc.offers.list.query({ search: resale.buyers[1]?.accountId ?? '' });
    expect(byBuyer.items).toHaveLength(5);
    const stale = await refusalOf(
      trpc.offers.list.query({ sort: 'expiration', cursor: first.nextCursor }),
    );
    expect(stale.data?.issues[0]?.path).toEqual(['cursor']);
  });
});
