import { documentMessages } from '@offerdesk/core';
import { describe, expect, it } from 'vitest';
import { encryptedPdf, pdfWithHugeContent, samplePdf } from './testing/sample-pdfs';
import {
  hasEncryptDictionary,
  type UploadProblem,
  UploadRejectedError,
  uploadMessages,
  validateUpload,
} from './validate-upload';

const text = (s: string) => new TextEncoder().encode(s);

async function refusal(
  fileName: string,
  bytes: Uint8Array,
  accept: 'pdf' | 'pdf-or-text' = 'pdf-or-text',
) {
  try {
    await validateUpload({ fileName, bytes, accept });
  } catch (error) {
    if (error instanceof UploadRejectedError) {
      return { problem: error.problem, message: error.message, status: error.status };
    }
    throw error;
  }
  throw new Error(`${fileName} was accepted`);
}

describe('validateUpload', () => {
  it('accepts a PDF and reports its pages, and UTF-8 text', async () => {
    const pdf = await samplePdf([{ lines: ['one'] }, { lines: ['two'] }, { lines: ['three'] }]);
    await expect(
      validateUpload({ fileName: 'SOW.pdf', bytes: pdf, accept: 'pdf-or-text' }),
    ).resolves.toEqual({
      mediaType: 'application/pdf',
      pageCount: 3,
    });
    await expect(
      validateUpload({ fileName: 'notes.txt', bytes: text('é — € → 中文'), accept: 'pdf-or-text' }),
    ).resolves.toEqual({ mediaType: 'text/plain' });
  });

  it('gives every kind of bad file its own sentence', async () => {
    const pdf = await samplePdf('Statement of work');
    const cases: [string, Uint8Array, UploadProblem, string, number][] = [
      ['empty.txt', new Uint8Array(0), 'empty', documentMessages.empty, 400],
      [
        'big.txt',
        new Uint8Array(10_485_761).fill(0x61),
        'too-large',
        documentMessages.tooLarge,
        413,
      ],
      [
        'text.pdf',
        text('just some text'),
        'text-named-pdf',
        'This file is plain text but its name ends in .pdf',
        400,
      ],
      [
        'binary.pdf',
        Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d]),
        'not-pdf',
        uploadMessages.notPdf,
        400,
      ],
      ['corrupt.pdf', pdf.subarray(0, 200), 'corrupt', uploadMessages.corrupt, 400],
      ['locked.pdf', await encryptedPdf(pdf), 'encrypted', uploadMessages.encrypted, 400],
      [
        'latin1.txt',
        Uint8Array.from([0x63, 0x61, 0x66, 0xe9]),
        'invalid-utf8',
        uploadMessages.invalidUtf8,
        400,
      ],
      ['nul.txt', text('a\u0000b'), 'nul-byte', uploadMessages.nul, 400],
      ['sow.txt', pdf, 'pdf-named-text', 'This file is a PDF but its name ends in .txt', 400],
      ['slides.pptx', text('x'), 'unsupported-type', documentMessages.extension, 415],
    ];
    const messages = new Set<string>();
    for (const [fileName, bytes, problem, message, status] of cases) {
      await expect(refusal(fileName, bytes), fileName).resolves.toEqual({
        problem,
        message,
        status,
      });
      messages.add(message);
    }
    expect(messages.size).toBe(cases.length);
  });

  it('finds encryption in the trailer, and not in a plain PDF', async () => {
    const locked = await encryptedPdf(await samplePdf('EULA'));
    expect(hasEncryptDictionary(locked)).toBe(true);
    expect(hasEncryptDictionary(await samplePdf('EULA'))).toBe(false);
  });

  it('refuses a PDF whose page content inflates beyond reason (a decompression bomb)', async () => {
    const bomb = await pdfWithHugeContent(80);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expect(refusal('bomb.pdf', bomb)).resolves.toMatchObject({ problem: 'corrupt' });
    await expect(
      validateUpload({
        fileName: 'big-page.pdf',
        bytes: await pdfWithHugeContent(8),
        accept: 'pdf',
      }),
    ).resolves.toEqual({ mediaType: 'application/pdf', pageCount: 1 });
  });

  it('refuses a PDF without pages', async () => {
    const empty = await samplePdf([]);
    await expect(refusal('empty.pdf', empty)).resolves.toMatchObject({ problem: 'no-pages' });
  });

  it('takes only PDFs where a PDF is required (EULA, reseller contract)', async () => {
    await expect(refusal('terms.txt', text('terms'), 'pdf')).resolves.toEqual({
      problem: 'unsupported-type',
      message: uploadMessages.pdfOnly,
      status: 415,
    });
  });
});
