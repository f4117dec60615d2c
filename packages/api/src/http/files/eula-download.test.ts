import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { outlineEntries, pageTexts } from '../../documents/testing/pdf-tools';
import { samplePdf } from '../../documents/testing/sample-pdfs';
import { startTestApi, type TestApi, type TestClient } from '../../testing';
import { createTestOffer } from './files-test-fixtures';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function download(client: TestClient, offerId: string, query = '') {
  return client.fetchRaw(`/files/offers/${offerId}/eula.pdf${query}`);
}

describe('GET /files/offers/:offerId/eula.pdf', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  it('serves the stored combined PDF to the reseller and to each targeted buyer', async () => {
    const [buyerA, buyerB] = [await t.newAccount(), await t.newAccount()];
    const offer = await createTestOffer(t, {
      status: 'PUBLISHED',
      buyerAccountIds: [buyerA.accountId, buyerB.accountId],
    });
    for (const client of [offer.reseller.client, buyerA.client, buyerB.client]) {
      const response = await download(client, offer.offerId);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="${offer.offerId}-eula.pdf"; filename*=UTF-8''${offer.offerId}-eula.pdf`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('etag')).toBe(`"${offer.combinedSha256}"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(sha256(bytes)).toBe(offer.combinedSha256);
    }
    const inline = await download(buyerA.client, offer.offerId, '?inline=1');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="/);

    // The buyer shows it again: unchanged, so no bytes are sent.
    const again = await buyerA.client.fetchRaw(`/files/offers/${offer.offerId}/eula.pdf`, {
      headers: { 'if-none-match': `"${offer.combinedSha256}"` },
    });
    expect(again.status).toBe(304);
  });

  it('shows what the buyer reads: cover with the buyer count, then the EULA', async () => {
    const reader = await t.newAccount();
    const buyers = [reader, await t.newAccount(), await t.newAccount()];
    const offer = await createTestOffer(t, {
      status: 'PUBLISHED',
      buyerAccountIds: buyers.map((b) => b.accountId),
    });
    const bytes = new Uint8Array(
      await (await download(reader.client, offer.offerId)).arrayBuffer(),
    );
    const [cover] = await pageTexts(bytes, { layout: true });
    expect(cover).toContain(offer.offerId);
    expect(cover).toContain('3 buyer accounts');
    for (const buyer of buyers) expect(cover).not.toContain(buyer.accountId);
    expect((await outlineEntries(bytes)).map(([title]) => title)).toEqual([
      'Offer summary',
      'End-user license agreement (EULA.pdf)',
    ]);
  });

  it('answers anyone else exactly as for an offer that does not exist', async () => {
    const buyer = await t.newAccount();
    const offer = await createTestOffer(t, {
      status: 'PUBLISHED',
      buyerAccountIds: [buyer.accountId],
    });
    const otherBuyer = await t.newAccount();
    const unknown = await download(otherBuyer.client, 'offer-zzzzzzzzzzzzz');
    const unknownBody = await unknown.text();
    expect(unknown.status).toBe(404);
    for (const client of [otherBuyer.client, offer.isv.client]) {
      const response = await download(client, offer.offerId);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
      expect(await response.text()).toBe(unknownBody);
    }
    expect((await download(t.anonymous(), offer.offerId)).status).toBe(401);
  });

  it('still serves a cancelled offer to its buyer, and never a draft', async () => {
    const buyer = await t.newAccount();
    const cancelled = await createTestOffer(t, {
      status: 'CANCELLED',
      buyerAccountIds: [buyer.accountId],
    });
    expect((await download(buyer.client, cancelled.offerId)).status).toBe(200);
    const draft = await createTestOffer(t, { buyerAccountIds: [buyer.accountId] });
    expect((await download(buyer.client, draft.offerId)).status).toBe(404);
  });

  it("previews a draft for its reseller with the same pipeline, including the draft's documents", async () => {
    const draft = await createTestOffer(t);
    const uploaded = await draft.reseller.client.fetchRaw(
      `/files/offers/${draft.offerId}/documents`,
      {
        method: 'POST',
        headers: { 'x-file-name': 'Statement of work.pdf' },
        body: await samplePdf('Statement of work for the draft'),
      },
    );
    expect(uploaded.status).toBe(201);
    const notes = await draft.reseller.client.fetchRaw(`/files/offers/${draft.offerId}/documents`, {
      method: 'POST',
      headers: { 'x-file-name': 'notes.txt' },
      body: 'é — € → 中文 Ελληνικά Кириллица',
    });
    expect(notes.status).toBe(201);
    const preview = await download(draft.reseller.client, draft.offerId);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('application/pdf');
    expect(preview.headers.get('cache-control')).toBe('private, no-store');
    expect(preview.headers.get('content-disposition')).toContain(
      `${draft.offerId}-eula-preview.pdf`,
    );
    const bytes = new Uint8Array(await preview.arrayBuffer());
    expect(preview.headers.get('etag')).toBe(`"${sha256(bytes)}"`);
    const texts = await pageTexts(bytes);
    expect(texts).toHaveLength(4);
    expect(texts[2]).toContain('Statement of work for the draft');
    expect(texts[3]).toContain('é — € → 中文 Ελληνικά Кириллица');
    for (const [i, text] of texts.entries()) expect(text).toContain(`Page ${i + 1} of 4`);

    // An unchanged draft previews to the same bytes.
    const second = await download(draft.reseller.client, draft.offerId);
    expect(second.headers.get('etag')).toBe(preview.headers.get('etag'));
  });
});

describe('GET /files/contracts/standard.pdf', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  it('serves the Offerdesk Standard Reseller Contract, the same bytes every time', async () => {
    const first = await t.anonymous().fetchRaw('/files/contracts/standard.pdf?inline=1');
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('application/pdf');
    expect(first.headers.get('content-disposition')).toMatch(
      /^inline; filename="Offerdesk Standard Reseller Contract\.pdf"/,
    );
    const bytes = new Uint8Array(await first.arrayBuffer());
    const texts = await pageTexts(bytes);
    expect(texts.length).toBeGreaterThanOrEqual(1);
    expect(texts.length).toBeLessThanOrEqual(2);
    expect(texts[0]).toContain('Offerdesk Standard Reseller Contract');
    for (const [i, text] of texts.entries()) {
      expect(text).toContain(`Page ${i + 1} of ${texts.length}`);
    }
    const second = await t.anonymous().fetchRaw('/files/contracts/standard.pdf');
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'));
    expect(second.headers.get('content-disposition')).toMatch(/^attachment; /);
  });
});
