// The combined PDF from uploads as other tools write them: object streams and linearized
// files (qpdf) are read in place; one whose cross-reference table is damaged is read by
// pdf-lib instead. Either way every page is there, with its text and this PDF's numbering.
import { describe, expect, it } from 'vitest';
import { composeCombinedPdf, sourceFromBytes } from './combined-pdf';
import { pageTexts, qpdfCheck } from './testing/pdf-tools';
import { rewriteWithQpdf, sampleCover, samplePdf } from './testing/sample-pdfs';

const cover = sampleCover;

/** The file with its `startxref` pointing into the header, as a careless edit leaves it. */
function withDamagedCrossReferences(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/startxref\s+\d+/, 'startxref\n3'), 'latin1'));
}

describe('composeCombinedPdf with PDFs from other tools', () => {
  it('copies object streams, linearized and damaged files page by page, numbered', async () => {
    const plain = (name: string) =>
      samplePdf([{ lines: [`${name} one`] }, { lines: [`${name} two`] }]);
    const documents = [
      [
        'Object streams.pdf',
        await rewriteWithQpdf(await plain('Packed'), ['--object-streams=generate']),
      ],
      ['Linearized.pdf', await rewriteWithQpdf(await plain('Linear'), ['--linearize'])],
      ['Damaged.pdf', withDamagedCrossReferences(await plain('Damaged'))],
    ] as const;
    const pdf = await composeCombinedPdf({
      cover,
      date: new Date('2026-11-26T09:00:00Z'),
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', await samplePdf('The EULA')),
      documents: documents.map(([name, bytes]) => sourceFromBytes(name, 'application/pdf', bytes)),
    });
    const texts = await pageTexts(pdf.bytes);
    expect(texts).toHaveLength(8);
    const expected = ['The EULA', 'Packed one', 'Packed two', 'Linear one', 'Linear two'];
    for (const [index, text] of [...expected, 'Damaged one', 'Damaged two'].entries()) {
      expect(texts[index + 1]).toContain(text);
    }
    for (const [index, text] of texts.entries()) expect(text).toContain(`Page ${index + 1} of 8`);
    expect(await qpdfCheck(pdf.bytes)).toContain('No syntax or stream encoding errors');
  });
});
