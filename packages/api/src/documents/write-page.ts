// One page of the combined PDF, written as it is copied: its own entries renumbered, what it
// inherits from its old page tree (resources, boxes, rotation) made its own, its content
// wrapped in q…Q and followed by a "Page N of M" stamp whose text is written at the end
// (page-stamps.ts). The page comes from pdf-lib (pdfLibPage, object-copy.ts) or from a file
// read in place (parsedPage, parsed-copy.ts); what it refers to is written right after it.
import { PDFName, type PDFRef } from 'pdf-lib';
import { type PageGeometry, STAMP_FACE, type StampSlot, uprightTransform } from './page-stamps';
import { freeFontName } from './page-text';
import type { PdfWriter } from './pdf-writer';

/** What every page of the output shares. */
export type PageTarget = {
  writer: PdfWriter;
  pageTree: number;
  /** Content streams holding `q` and `Q`, around each page's own content. */
  saveState: number;
  restoreState: number;
  /** The stamp's font in the drawing document (DejaVu Sans), and its output number. */
  stampFont: { ref: PDFRef; number: number };
};

/** A page to copy, its parts already as PDF syntax with the output's object numbers. */
export type PageToCopy = {
  /** Entries other than /Parent, /Contents, /Resources, /MediaBox, /CropBox and /Rotate. */
  entries: string;
  /** /MediaBox, /CropBox and /Rotate, the page's own or inherited. */
  boxes: string;
  /** The resources' entries other than /Font. */
  resources: string;
  /** The font dictionary's entries, leaving out `name`. */
  fonts: (name: string) => string;
  /** Whether the page's fonts use `name` for a font other than the stamp's. */
  fontNameTaken: (name: string) => boolean;
  /** The content streams, as references, less a stamp an earlier Offerdesk PDF put there. */
  contents: string[];
  geometry: PageGeometry;
};

/** The entries a page's copy sets itself rather than copying. */
export const PAGE_OWN_KEYS = ['Parent', 'Contents', 'Resources', 'MediaBox', 'CropBox', 'Rotate'];
export const INHERITED_KEYS = ['MediaBox', 'CropBox', 'Rotate'];

const ref = (number: number) => `${number} 0 R`;

/** Writes the page under `number`; the caller then writes what it refers to. */
export function writePage(page: PageToCopy, number: number, target: PageTarget): StampSlot {
  const fontName = freeFontName(STAMP_FACE, page.fontNameTaken);
  const stamp = target.writer.reserve();
  const fonts = `${page.fonts(fontName)} /${fontName} ${ref(target.stampFont.number)}`;
  const contents = [ref(target.saveState), ...page.contents, ref(target.restoreState), ref(stamp)];
  target.writer.writeObject(
    number,
    `<<${page.entries}${page.boxes} /Parent ${ref(target.pageTree)} /Resources <<${page.resources} /Font <<${fonts}>>>> /Contents [${contents.join(' ')}]>>`,
  );
  return {
    number: stamp,
    fontName: PDFName.of(fontName),
    transform: uprightTransform(page.geometry),
  };
}
