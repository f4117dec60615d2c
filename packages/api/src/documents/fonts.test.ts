// Only the faces a PDF draws with are loaded and embedded: line and page breaks are layout,
// and once made every cover and every multi-line text file load (17 MB) and embed both CJK
// fonts (found by bench/'s compose entry: ~30 MB of memory and ~0.3 s per PDF).
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { composeCombinedPdf, sourceFromBytes } from './combined-pdf';
import { sampleCover, samplePdf } from './testing/sample-pdfs';

async function embeddedFontNames(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const names = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    if (object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    names.add(String(object.get(PDFName.of('BaseFont'))));
  }
  return [...names].sort();
}

const cover = sampleCover;

describe('embedded fonts', () => {
  it('embeds only DejaVu Sans for Latin text with line and page breaks', async () => {
    const notes = 'Line one\nLine two — 5 €\fPage two\r\nand a\ttab';
    const pdf = await composeCombinedPdf({
      cover,
      date: new Date('2026-11-26T09:00:00Z'),
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', await samplePdf('The EULA')),
      documents: [sourceFromBytes('notes.txt', 'text/plain', new TextEncoder().encode(notes))],
    });
    expect(await embeddedFontNames(pdf.bytes)).toEqual(['/Helvetica', '/OFDAAA+DejaVuSans']);
  });

  it('still embeds a CJK face when the text has CJK characters', async () => {
    const pdf = await composeCombinedPdf({
      cover,
      date: new Date('2026-11-26T09:00:00Z'),
      eula: sourceFromBytes('EULA.pdf', 'application/pdf', await samplePdf('The EULA')),
      documents: [sourceFromBytes('notes.txt', 'text/plain', new TextEncoder().encode('中文\n'))],
    });
    expect(await embeddedFontNames(pdf.bytes)).toEqual([
      '/Helvetica',
      '/OFDAAA+DejaVuSans',
      '/OFDAAB+NotoSansSC',
    ]);
  });
});
