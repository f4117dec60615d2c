// The PDF outline (bookmarks), one entry per document (SPEC §6): the /Outlines dictionary and
// its items (PDF 1.7 §12.3.3), written straight into the output.
import { PDFHexString } from 'pdf-lib';
import type { PdfWriter } from './pdf-writer';

/** A bookmark's title and the object number of the page it opens. */
export type OutlineEntry = { title: string; page: number };

/** Writes the outline and returns the object number of its /Outlines dictionary. */
export function writeOutline(writer: PdfWriter, entries: OutlineEntry[]): number {
  if (entries.length === 0) throw new Error('an outline needs at least one entry');
  const outlines = writer.reserve();
  const items = entries.map(() => writer.reserve());
  entries.forEach((entry, index) => {
    let item = `/Title ${PDFHexString.fromText(entry.title).toString()} /Parent ${outlines} 0 R`;
    const previous = items[index - 1];
    const next = items[index + 1];
    if (previous !== undefined) item += ` /Prev ${previous} 0 R`;
    if (next !== undefined) item += ` /Next ${next} 0 R`;
    // [page /XYZ null null null]: open the page, keeping the reader's position and zoom.
    item += ` /Dest [${entry.page} 0 R /XYZ null null null]`;
    writer.writeObject(items[index] ?? 0, `<<${item}>>`);
  });
  const first = items[0] ?? 0;
  const last = items[items.length - 1] ?? 0;
  writer.writeObject(
    outlines,
    `<</Type /Outlines /First ${first} 0 R /Last ${last} 0 R /Count ${entries.length}>>`,
  );
  return outlines;
}
