// "Page N of M" at the foot of every page (SPEC §6), including pages copied from uploaded
// PDFs. Adding a stream makes pdf-lib normalize the page, which wraps the page's own content
// in q…Q, so a graphics state it leaves behind (a scale, a clip) cannot move the stamp; the
// stamp follows the page's /Rotate so it reads upright at the visible bottom.
import { PDFArray, type PDFPage, PDFStream } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import { FOOTER_Y, MUTED_GRAY, SMALL_SIZE } from './page-layout';
import { PAGE_NUMBER_MARK, PageText } from './page-text';

type Box = { x: number; y: number; width: number; height: number };

function visibleBox(page: PDFPage): Box {
  try {
    const box = page.getCropBox();
    if ([box.x, box.y, box.width, box.height].every(Number.isFinite) && box.width > 0) return box;
  } catch {
    // a page without a readable box: fall back to Letter below
  }
  return { x: 0, y: 0, width: 612, height: 792 };
}

/**
 * The `cm` matrix that maps upright visible coordinates (origin at the visible bottom-left)
 * to the page's user space, and the visible width.
 */
function uprightTransform(page: PDFPage): { matrix: number[]; width: number } {
  const { x, y, width, height } = visibleBox(page);
  const angle = (((page.getRotation().angle % 360) + 360) % 360) as 0 | 90 | 180 | 270;
  switch (angle) {
    case 90:
      return { matrix: [0, 1, -1, 0, x + width, y], width: height };
    case 180:
      return { matrix: [-1, 0, 0, -1, x + width, y + height], width };
    case 270:
      return { matrix: [0, -1, 1, 0, x, y + height], width: height };
    default:
      return { matrix: [1, 0, 0, 1, x, y], width };
  }
}

/**
 * Takes out the "Page N of M" an earlier Offerdesk PDF put on a page (a reseller may upload a
 * combined PDF or the standard contract as a document): its numbering is not this PDF's.
 * Our stamps are the content streams marked /OfdPageNumber, so nothing else is touched.
 */
export function removeOfferdeskPageNumbers(page: PDFPage): void {
  const contents = page.node.Contents();
  if (!(contents instanceof PDFArray)) return;
  for (let index = contents.size() - 1; index >= 0; index -= 1) {
    const stream = page.doc.context.lookup(contents.get(index));
    if (stream instanceof PDFStream && stream.dict.has(PAGE_NUMBER_MARK)) contents.remove(index);
  }
}

export function stampPageNumbers(pages: PDFPage[], fonts: DocumentFonts): void {
  const total = pages.length;
  pages.forEach((page, index) => {
    const { matrix, width } = uprightTransform(page);
    const stamp = new PageText(fonts);
    stamp.prepend(`${matrix.map((n) => Math.round(n * 1000) / 1000).join(' ')} cm`);
    stamp.centred(width / 2, FOOTER_Y, `Page ${index + 1} of ${total}`, {
      size: SMALL_SIZE,
      gray: MUTED_GRAY,
    });
    stamp.appendTo(page, { pageNumber: true });
  });
}
