// The PDF outline (bookmarks), one entry per document (SPEC §6). pdf-lib has no outline API,
// so the /Outlines dictionary and its items are built from low-level objects (PDF 1.7 §12.3.3).
import { PDFArray, type PDFDocument, PDFHexString, PDFName, PDFNull, type PDFRef } from 'pdf-lib';

export type OutlineEntry = { title: string; pageIndex: number };

export function addOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0) return;
  const { context } = doc;
  const pages = doc.getPages();
  const outlinesRef = context.nextRef();
  const itemRefs: PDFRef[] = entries.map(() => context.nextRef());
  entries.forEach((entry, index) => {
    const page = pages[entry.pageIndex];
    if (!page) throw new Error(`outline entry "${entry.title}" points past the last page`);
    // [page /XYZ null null null]: open the page, keeping the reader's position and zoom.
    const destination = PDFArray.withContext(context);
    destination.push(page.ref);
    destination.push(PDFName.of('XYZ'));
    destination.push(PDFNull);
    destination.push(PDFNull);
    destination.push(PDFNull);
    const item = context.obj({});
    item.set(PDFName.of('Title'), PDFHexString.fromText(entry.title));
    item.set(PDFName.of('Parent'), outlinesRef);
    const previous = itemRefs[index - 1];
    const next = itemRefs[index + 1];
    if (previous) item.set(PDFName.of('Prev'), previous);
    if (next) item.set(PDFName.of('Next'), next);
    item.set(PDFName.of('Dest'), destination);
    context.assign(itemRefs[index] as PDFRef, item);
  });
  const outlines = context.obj({});
  outlines.set(PDFName.of('Type'), PDFName.of('Outlines'));
  outlines.set(PDFName.of('First'), itemRefs[0] as PDFRef);
  outlines.set(PDFName.of('Last'), itemRefs[itemRefs.length - 1] as PDFRef);
  outlines.set(PDFName.of('Count'), context.obj(entries.length));
  context.assign(outlinesRef, outlines);
  doc.catalog.set(PDFName.of('Outlines'), outlinesRef);
  // Readers open with the bookmarks panel showing, so the documents are easy to find.
  doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
}
