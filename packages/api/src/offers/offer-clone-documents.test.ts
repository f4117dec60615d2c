// An offer's documents (clone copies them in order, reorder and remove keep positions 0…n−1)
// and cloning an offer whose single-use authorization another offer already uses.

import { offerIdSchema } from '@offerdesk/core';
import { createPdfDocument } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { authorizationUseMessages, offerStateMessages } from './offer-messages';
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

describe(`offer documents and clone (${t.handle.kind})`, () => {
  it('clones an offer whose single-use authorization is used: the draft warns and extend refuses', async () => {
    const { resale, offerId } = await publishedOffer(t, {
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
});
