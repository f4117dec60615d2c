// "Page N of M" at the foot of every page (SPEC §6), including pages copied from uploaded
// PDFs: a content stream of its own after the page's content, which runs inside q…Q (pdf-lib
// wraps it when a stream is added; write-page.ts does the same), so a graphics state the page
// leaves behind (a scale, a clip) cannot move the stamp; the stamp follows the page's /Rotate
// so it reads upright at the visible bottom.
import { type PDFName, type PDFObject, type PDFPage, PDFStream } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import { FOOTER_Y, MUTED_GRAY, SMALL_SIZE } from './page-layout';
import { PAGE_NUMBER_MARK, PageText } from './page-text';
import type { PdfWriter } from './pdf-writer';

export type Box = { x: number; y: number; width: number; height: number };
export type UprightTransform = { matrix: number[]; width: number };

/** The face "Page N of M" is drawn in: DejaVu Sans has every character of it. */
export const STAMP_FACE = 0;
const encoder = new TextEncoder();

/** Where a page is seen, and how it is turned: what its stamp's placement depends on. */
export type PageGeometry = { box: Box | undefined; rotation: number };

export function pdfLibGeometry(page: PDFPage): PageGeometry {
  let box: Box | undefined;
  try {
    box = page.getCropBox();
  } catch {
    // a page without a readable box: uprightTransform falls back to Letter
  }
  return { box, rotation: page.getRotation().angle };
}

/**
 * The `cm` matrix that maps upright visible coordinates (origin at the visible bottom-left)
 * to the page's user space, and the visible width.
 */
export function uprightTransform(geometry: PageGeometry): UprightTransform {
  const readable = (box: Box | undefined): box is Box =>
    !!box && [box.x, box.y, box.width, box.height].every(Number.isFinite) && box.width > 0;
  const { x, y, width, height } = readable(geometry.box)
    ? geometry.box
    : { x: 0, y: 0, width: 612, height: 792 };
  const angle = (((geometry.rotation % 360) + 360) % 360) as 0 | 90 | 180 | 270;
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

/** Whether a content stream is a stamp an earlier Offerdesk PDF put on the page. */
export function isPageNumberStamp(object: PDFObject | undefined): boolean {
  return object instanceof PDFStream && object.dict.has(PAGE_NUMBER_MARK);
}

function stampText(fonts: DocumentFonts, transform: UprightTransform, label: string): PageText {
  const { matrix, width } = transform;
  const stamp = new PageText(fonts);
  stamp.prepend(`${matrix.map((n) => Math.round(n * 1000) / 1000).join(' ')} cm`);
  stamp.centred(width / 2, FOOTER_Y, label, { size: SMALL_SIZE, gray: MUTED_GRAY });
  return stamp;
}

const pageLabel = (index: number, total: number) => `Page ${index + 1} of ${total}`;

/** Stamps the pages of a document drawn with pdf-lib (the standard contract). */
export function stampPageNumbers(pages: PDFPage[], fonts: DocumentFonts): void {
  pages.forEach((page, index) => {
    const transform = uprightTransform(pdfLibGeometry(page));
    const stamp = stampText(fonts, transform, pageLabel(index, pages.length));
    stamp.appendTo(page, { pageNumber: true });
  });
}

/**
 * A page's stamp as write-page.ts leaves it: the object number its page's /Contents already
 * ends with, and the font resource name the page gives DejaVu Sans. The text is written last,
 * when the number of pages is known.
 */
export type StampSlot = { number: number; fontName: PDFName; transform: UprightTransform };

export function writePageNumber(
  writer: PdfWriter,
  fonts: DocumentFonts,
  slot: StampSlot,
  page: { index: number; total: number },
): void {
  const stamp = stampText(fonts, slot.transform, pageLabel(page.index, page.total));
  const content = stamp.render(new Map([[STAMP_FACE, slot.fontName]]), { pageNumber: true });
  writer.writeStream(slot.number, ` ${PAGE_NUMBER_MARK.toString()} true`, encoder.encode(content));
}
