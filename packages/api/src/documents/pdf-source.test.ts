// The in-place reader against the files it meets: written by hand to pin down one rule each
// (page tree order and inheritance, incremental updates, a wrong /Length, a cross-reference
// table that points elsewhere), and as pdf-lib and qpdf write them.
import { describe, expect, it } from 'vitest';
import { PdfSource } from './pdf-source';
import { PdfAtom, PdfStream, PdfSyntaxError } from './pdf-syntax';
import { rewriteWithQpdf, samplePdf } from './testing/sample-pdfs';

const latin1 = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

/**
 * A PDF with a classic cross-reference table: `objects[i]` is the body of object i + 1,
 * object 1 the catalog. `update` appends an incremental update replacing some of them.
 */
function handMadePdf(objects: string[], update?: Record<number, string>): Uint8Array {
  let text = '%PDF-1.7\n';
  const section = (bodies: [number, string][], prev?: number) => {
    const offsets: [number, number][] = [];
    for (const [num, body] of bodies) {
      offsets.push([num, text.length]);
      text += `${num} 0 obj\n${body}\nendobj\n`;
    }
    const xref = text.length;
    text += 'xref\n0 1\n0000000000 65535 f \n';
    for (const [num, offset] of offsets) {
      text += `${num} 1\n${String(offset).padStart(10, '0')} 00000 n \n`;
    }
    const previous = prev === undefined ? '' : ` /Prev ${prev}`;
    text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${previous} >>\nstartxref\n${xref}\n%%EOF\n`;
    return xref;
  };
  const first = section(objects.map((body, i) => [i + 1, body]));
  if (update)
    section(
      Object.entries(update).map(([num, body]) => [Number(num), body]),
      first,
    );
  return latin1(text);
}

const PAGE_TREE = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 3 /MediaBox [0 0 612 792] /Resources << >> >>',
  '<< /Type /Pages /Parent 2 0 R /Kids [5 0 R 6 0 R] /Count 2 /Rotate 90 >>',
  '<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>',
  '<< /Type /Page /Parent 3 0 R /MediaBox [0 0 595 842] >>',
  '<< /Type /Page /Parent 3 0 R >>',
  '<< /Length 5 >>\nstream\n0 0 m\nendstream',
];

describe('PdfSource', () => {
  it('finds the pages in page-tree order, each with what it inherits', () => {
    const pages = PdfSource.open(handMadePdf(PAGE_TREE)).pages();
    expect(pages.map((page) => page.num)).toEqual([5, 6, 4]);
    const inherited = (index: number, key: string) =>
      (pages[index]?.inherited.get(key) as PdfAtom | undefined)?.text;
    expect(inherited(0, 'Rotate')).toBe('90');
    expect(inherited(2, 'Rotate')).toBeUndefined();
    expect(pages[2]?.inherited.has('MediaBox')).toBe(true);
  });

  it('reads an object as its latest incremental update left it', () => {
    const source = PdfSource.open(
      handMadePdf(PAGE_TREE, {
        4: '<< /Type /Page /Parent 2 0 R /Contents 7 0 R /Updated true >>',
      }),
    );
    expect(source.resolveDict(source.object(4))?.get('Updated')).toEqual(new PdfAtom('true'));
    expect(source.pages()).toHaveLength(3);
  });

  it("reads a stream whose /Length is wrong up to its 'endstream'", () => {
    const objects = [...PAGE_TREE];
    objects[6] = '<< /Length 99 >>\nstream\n0 0 m 10 10 l S\nendstream';
    const stream = PdfSource.open(handMadePdf(objects)).object(7);
    expect(stream).toBeInstanceOf(PdfStream);
    expect(Buffer.from((stream as PdfStream).data).toString('latin1')).toBe('0 0 m 10 10 l S');
  });

  it('refuses a cross-reference table that points at the wrong place', () => {
    const bytes = handMadePdf(PAGE_TREE);
    const text = Buffer.from(bytes).toString('latin1');
    // Every offset one byte late, as after an editor added a byte at the top of the file.
    const shifted = text.replace(
      /^(\d{10}) 00000 n/gm,
      (_, offset: string) => `${String(Number(offset) + 1).padStart(10, '0')} 00000 n`,
    );
    expect(() => PdfSource.open(latin1(shifted)).pages()).toThrow(PdfSyntaxError);
  });

  it('reads files as pdf-lib and qpdf write them: tables, streams, object streams, linearized', async () => {
    const plain = await samplePdf([{ lines: ['one'] }, { lines: ['two'] }, { lines: ['three'] }]);
    const variants = [
      plain,
      await rewriteWithQpdf(plain, ['--object-streams=generate']),
      await rewriteWithQpdf(plain, ['--linearize']),
      await rewriteWithQpdf(plain, ['--linearize', '--object-streams=generate']),
    ];
    for (const bytes of variants) {
      const source = PdfSource.open(bytes);
      const pages = source.pages();
      expect(pages).toHaveLength(3);
      for (const page of pages) expect(source.resolveDict(source.object(page.num))).toBeDefined();
    }
  });
});
