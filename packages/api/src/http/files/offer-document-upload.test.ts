import { createHash } from 'node:crypto';
import { documentMessages } from '@offerdesk/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptedPdf, samplePdf } from '../../documents/testing/sample-pdfs';
import { uploadMessages } from '../../documents/validate-upload';
import { startTestApi, type TestApi, type TestClient } from '../../testing';
import { createTestOffer, offerDocuments } from './files-test-fixtures';

const encode = (s: string) => new TextEncoder().encode(s);
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function upload(
  client: TestClient,
  offerId: string,
  fileName: string | null,
  body: Uint8Array | ReadableStream<Uint8Array>,
) {
  const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
  if (fileName !== null) headers['x-file-name'] = encodeURIComponent(fileName);
  const streaming = body instanceof ReadableStream;
  return client.fetchRaw(`/files/offers/${offerId}/documents`, {
    method: 'POST',
    headers,
    body,
    ...(streaming ? { duplex: 'half' } : {}),
  } as RequestInit);
}

type ErrorBody = {
  error: { code: string; message: string; issues: { path: string[]; message: string }[] };
};

describe('POST /files/offers/:offerId/documents', () => {
  let t: TestApi;
  let sow: Uint8Array;

  beforeAll(async () => {
    t = await startTestApi();
    sow = await samplePdf('Statement of work');
  });

  it('adds PDFs and text files in upload order, stores each file once, records it in the history', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    const first = await upload(reseller.client, offerId, 'Statement of work.pdf', sow);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      document: {
        position: 0,
        fileName: 'Statement of work.pdf',
        mediaType: 'application/pdf',
        sha256: sha256(sow),
        sizeBytes: sow.length,
        pageCount: 1,
      },
    });
    const notes = encode('Notes — é € → 中文 Ελληνικά Кириллица');
    const second = await upload(reseller.client, offerId, 'Notes 中文.txt', notes);
    expect(second.status).toBe(201);
    expect(await second.json()).toMatchObject({
      document: {
        position: 1,
        fileName: 'Notes 中文.txt',
        mediaType: 'text/plain',
        pageCount: null,
      },
    });
    expect((await offerDocuments(t, offerId)).map((d) => [d.position, d.file_name])).toEqual([
      [0, 'Statement of work.pdf'],
      [1, 'Notes 中文.txt'],
    ]);

    // The same file on another offer is the same stored document.
    const other = await createTestOffer(t);
    expect((await upload(other.reseller.client, other.offerId, 'SOW.pdf', sow)).status).toBe(201);
    const stored = await t.handle.db
      .selectFrom('documents')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('sha256', '=', sha256(sow))
      .executeTakeFirstOrThrow();
    expect(Number(stored.n)).toBe(1);

    const events = await t.handle.db
      .selectFrom('offer_events')
      .select(['kind', 'actor_user_id', 'detail'])
      .where('offer_id', '=', offerId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => [e.kind, e.actor_user_id, e.detail.fileName])).toEqual([
      ['document_added', reseller.userId, 'Statement of work.pdf'],
      ['document_added', reseller.userId, 'Notes 中文.txt'],
    ]);
  });

  it('refuses each bad file with its own message and leaves the documents as they were', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    expect((await upload(reseller.client, offerId, 'SOW.pdf', sow)).status).toBe(201);
    const before = await offerDocuments(t, offerId);
    const cases: [string, Uint8Array, number, string, string][] = [
      [
        'big.txt',
        new Uint8Array(10_485_761).fill(0x61),
        413,
        'PAYLOAD_TOO_LARGE',
        documentMessages.tooLarge,
      ],
      [
        'text.pdf',
        encode('This is text, not a PDF'),
        400,
        'INVALID_INPUT',
        'This file is plain text but its name ends in .pdf',
      ],
      ['corrupt.pdf', sow.subarray(0, 300), 400, 'INVALID_INPUT', uploadMessages.corrupt],
      ['locked.pdf', await encryptedPdf(sow), 400, 'INVALID_INPUT', uploadMessages.encrypted],
      [
        'latin1.txt',
        Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]),
        400,
        'INVALID_INPUT',
        uploadMessages.invalidUtf8,
      ],
      ['nul.txt', encode('before\u0000after'), 400, 'INVALID_INPUT', uploadMessages.nul],
      ['empty.txt', new Uint8Array(0), 400, 'INVALID_INPUT', documentMessages.empty],
      [
        'slides.pptx',
        encode('not allowed'),
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        documentMessages.extension,
      ],
    ];
    const seen = new Set<string>();
    for (const [fileName, bytes, status, code, message] of cases) {
      const response = await upload(reseller.client, offerId, fileName, bytes);
      expect(response.status, fileName).toBe(status);
      const body = (await response.json()) as ErrorBody;
      expect(body.error, fileName).toMatchObject({ code, message });
      expect(body.error.issues[0]?.message, fileName).toBe(message);
      seen.add(message);
      expect(await offerDocuments(t, offerId), fileName).toEqual(before);
    }
    expect(seen.size).toBe(cases.length);
  });

  it('refuses a 6th file and keeps the five', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    for (let i = 1; i <= 5; i += 1) {
      const response = await upload(
        reseller.client,
        offerId,
        `Doc ${i}.txt`,
        encode(`Document ${i}`),
      );
      expect(response.status).toBe(201);
    }
    const before = await offerDocuments(t, offerId);
    expect(before.map((d) => d.position)).toEqual([0, 1, 2, 3, 4]);
    const sixth = await upload(reseller.client, offerId, 'Doc 6.txt', encode('Document 6'));
    expect(sixth.status).toBe(409);
    expect(((await sixth.json()) as ErrorBody).error).toEqual({
      code: 'CONFLICT',
      message: documentMessages.tooMany,
      issues: [{ path: ['documents'], message: documentMessages.tooMany }],
    });
    expect(await offerDocuments(t, offerId)).toEqual(before);
  });

  /** A chunked body (no Content-Length) of `megabytes` MiB; `sent()` says how many went out. */
  function streamedBody(megabytes: number) {
    const chunk = new Uint8Array(1024 * 1024).fill(0x61);
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= megabytes) controller.close();
        else {
          sent += 1;
          controller.enqueue(chunk);
        }
      },
    });
    return { body, sent: () => sent };
  }

  it('answers 413 to a body that passes 10 MB while streaming, without a declared length', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    const response = await upload(reseller.client, offerId, 'big.txt', streamedBody(12).body);
    expect(response.status).toBe(413);
    expect(((await response.json()) as ErrorBody).error).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: documentMessages.tooLarge,
    });
    expect(await offerDocuments(t, offerId)).toEqual([]);
  });

  it('never reads a huge body to its end', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    const huge = streamedBody(200);
    // The server answers 413, then cuts the connection: the client sees the answer or a reset.
    const outcome = await upload(reseller.client, offerId, 'huge.txt', huge.body).then(
      (response) => response.status,
      () => 'reset',
    );
    expect([413, 'reset']).toContain(outcome);
    expect(huge.sent()).toBeLessThan(100);
    expect(await offerDocuments(t, offerId)).toEqual([]);
  });

  it('lets only the owning reseller add to a draft, answering others as if there were no offer', async () => {
    const { offerId, reseller } = await createTestOffer(t);
    const stranger = await t.newAccount({ seller: 'complete' });
    const asStranger = await upload(stranger.client, offerId, 'SOW.pdf', sow);
    const unknown = await upload(stranger.client, 'offer-zzzzzzzzzzzzz', 'SOW.pdf', sow);
    expect(asStranger.status).toBe(404);
    expect(await asStranger.text()).toBe(await unknown.text());

    const visitor = t.anonymous();
    await visitor.trpc.auth.me.query(); // gets the CSRF cookie, as the SPA does on load
    const anonymous = await upload(visitor, offerId, 'SOW.pdf', sow);
    expect(anonymous.status).toBe(401);

    // The session cookie alone (what a cross-site form could send) is not enough.
    const cookie = [...reseller.client.cookies]
      .map(([name, value]) => `${name}=${encodeURIComponent(value)}`)
      .join('; ');
    const noCsrf = await fetch(`${t.baseUrl}/files/offers/${offerId}/documents`, {
      method: 'POST',
      headers: { cookie, 'x-file-name': 'SOW.pdf' },
      body: sow,
    });
    expect(noCsrf.status).toBe(403);

    const noName = await upload(reseller.client, offerId, null, sow);
    expect(noName.status).toBe(400);
    expect(((await noName.json()) as ErrorBody).error.issues[0]?.path).toEqual(['fileName']);
    expect(await offerDocuments(t, offerId)).toEqual([]);

    const published = await createTestOffer(t, { status: 'PUBLISHED' });
    const late = await upload(published.reseller.client, published.offerId, 'SOW.pdf', sow);
    expect(late.status).toBe(409);
    expect(((await late.json()) as ErrorBody).error.message).toBe(
      'Only a draft can be changed; this offer is published',
    );
    expect(await offerDocuments(t, published.offerId)).toEqual([]);
  });
});
