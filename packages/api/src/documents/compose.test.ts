// The publish job's entry to the pipeline: the EULA first, then the additional documents in
// order (text typeset, no longer skipped), the same bytes for the same input (a retried
// publish stores the same document), unreadable files named — the EULA by its label.
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from './combined-pdf';
import {
  composeOfferPdf,
  countPdfPages,
  EULA_FILE_LABEL,
  UnreadableDocumentError,
} from './compose';
import { pageTexts } from './testing/pdf-tools';
import { sampleCover, samplePdf } from './testing/sample-pdfs';

const cover = sampleCover;
const date = new Date('2026-11-26T09:00:00Z');
const broken = new TextEncoder().encode('%PDF-1.7\nnot a pdf\n');

describe('composeOfferPdf', () => {
  it('composes cover, EULA and the documents in order, deterministically', async () => {
    const input = async () => ({
      cover,
      date,
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', await samplePdf('The EULA')),
      documents: [
        sourceFromBytes('SOW.pdf', 'application/pdf', await samplePdf('Statement of work')),
        sourceFromBytes('Notes.txt', 'text/plain', new TextEncoder().encode('Notes: hi')),
      ],
    });
    const first = await composeOfferPdf(await input());
    const second = await composeOfferPdf(await input());
    expect(await countPdfPages(first)).toBe(4);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const texts = await pageTexts(first);
    expect(texts[1]).toContain('The EULA');
    expect(texts[2]).toContain('Statement of work');
    expect(texts[3]).toContain('Notes: hi');
  });

  it('names the document that cannot be read, and the EULA by its label', async () => {
    const eula = await samplePdf('EULA');
    const documentError = await composeOfferPdf({
      cover,
      date,
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', eula),
      documents: [sourceFromBytes('Broken.pdf', 'application/pdf', broken)],
    }).catch((e: unknown) => e);
    expect(documentError).toBeInstanceOf(UnreadableDocumentError);
    expect((documentError as UnreadableDocumentError).fileName).toBe('Broken.pdf');

    const eulaError = await composeOfferPdf({
      cover,
      date,
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', broken),
      documents: [],
    }).catch((e: unknown) => e);
    expect((eulaError as UnreadableDocumentError).fileName).toBe(EULA_FILE_LABEL);
  });
});
