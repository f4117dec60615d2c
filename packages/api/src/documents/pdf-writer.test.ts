// The writer on its own: what it writes is found again by number (through its object streams
// and cross-reference stream) and passes qpdf's check, when the file outgrows the size it was
// given, and after taking back what followed a checkpoint.
import { describe, expect, it } from 'vitest';
import { PdfSource } from './pdf-source';
import { PdfAtom, PdfStream } from './pdf-syntax';
import { PdfWriter } from './pdf-writer';
import { qpdfCheck } from './testing/pdf-tools';

/** A one-page document around whatever the test writes; returns the writer's finish. */
function withPage(writer: PdfWriter, write: () => void): Uint8Array {
  const [catalog, pages, page] = [writer.reserve(), writer.reserve(), writer.reserve()];
  writer.writeObject(catalog, `<</Type /Catalog /Pages ${pages} 0 R>>`);
  writer.writeObject(pages, `<</Type /Pages /Kids [${page} 0 R] /Count 1>>`);
  writer.writeObject(page, `<</Type /Page /Parent ${pages} 0 R /MediaBox [0 0 612 792]>>`);
  write();
  return writer.finish(`/Root ${catalog} 0 R`);
}

const text = (value: unknown) => (value instanceof PdfAtom ? value.text : undefined);

describe('PdfWriter', () => {
  it('writes objects and streams a reader finds by number, past the size it expected', async () => {
    const writer = new PdfWriter(1);
    const numbers: number[] = [];
    const data = new Uint8Array(300_000).fill(0x41);
    let stream = 0;
    const pdf = withPage(writer, () => {
      for (let i = 0; i < 250; i += 1) {
        numbers.push(writer.reserve());
        writer.writeObject(numbers[i] ?? 0, `(object ${i})`);
      }
      stream = writer.reserve();
      writer.writeStream(stream, ' /Kind /Test', data);
    });
    const source = PdfSource.open(pdf);
    expect(numbers.map((n) => text(source.object(n)))).toEqual(
      numbers.map((_, i) => `(object ${i})`),
    );
    const written = source.object(stream);
    expect(written).toBeInstanceOf(PdfStream);
    expect(Buffer.compare((written as PdfStream).data, data)).toBe(0);
    expect(await qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  });

  it('takes back everything written after a checkpoint', async () => {
    const writer = new PdfWriter(1024);
    let kept = 0;
    let replaced = 0;
    const pdf = withPage(writer, () => {
      kept = writer.reserve();
      writer.writeObject(kept, '(kept)');
      const checkpoint = writer.checkpoint();
      const dropped = writer.reserve();
      writer.writeStream(dropped, '', new Uint8Array(5000));
      writer.writeObject(writer.reserve(), '(dropped)');
      writer.rollback(checkpoint);
      replaced = writer.reserve();
      writer.writeObject(replaced, '(written after)');
      expect(replaced).toBe(dropped);
    });
    const source = PdfSource.open(pdf);
    expect(text(source.object(kept))).toBe('(kept)');
    expect(text(source.object(replaced))).toBe('(written after)');
    expect(Buffer.from(pdf).includes('dropped')).toBe(false);
    expect(await qpdfCheck(pdf)).toContain('No syntax or stream encoding errors');
  });
});
