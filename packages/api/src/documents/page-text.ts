// Drawing on a page with the fallback fonts, written as raw content-stream operators: one
// BT…ET per line, a Tf/Tj pair per font run (Tj advances by the glyph widths, so runs need
// no positions of their own). One compressed stream per page keeps a long text file's memory
// small, where pdf-lib's drawText would hold ~10 operator objects per run until save.
import { PDFName, type PDFPage, type PDFRef } from 'pdf-lib';
import type { DocumentFonts } from './fonts';

const encoder = new TextEncoder();

/** A number as PDF content writes it: at most 3 decimals, no exponent. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export type TextStyle = { size: number; gray?: number };

/** Marks the content stream of a "Page N of M" stamp (see removeOfferdeskPageNumbers). */
export const PAGE_NUMBER_MARK = PDFName.of('OfdPageNumber');

// Font resource names are chosen when the drawing is added to a page (see appendTo); until
// then the operators hold a placeholder that cannot occur in a content stream we write.
const fontPlaceholder = (face: number) => `\u0000F${face}\u0000`;

/**
 * A resource name for the face that the page does not already use for another font. A page
 * copied from an uploaded PDF may have been made by Offerdesk (a combined PDF, the standard
 * contract) and use our names for its own subsets; overwriting them would garble its text.
 */
function freeFontName(page: PDFPage, face: number, ref: PDFRef): PDFName {
  const fonts = page.node.normalizedEntries().Font;
  for (let attempt = 0; ; attempt += 1) {
    const name = PDFName.of(`OfdF${face}${attempt === 0 ? '' : `n${attempt}`}`);
    const existing = fonts.get(name);
    if (existing === undefined || existing === ref) return name;
  }
}

export class PageText {
  private readonly ops: string[] = [];
  private readonly faces = new Set<number>();

  constructor(private readonly fonts: DocumentFonts) {}

  /** Draws one line (no wrapping) with its left end at (x, y) on the baseline. */
  text(x: number, y: number, text: string, style: TextStyle): void {
    if (text === '') return;
    const parts = [`BT ${num(style.gray ?? 0)} g ${num(x)} ${num(y)} Td`];
    for (const run of this.fonts.runs(text)) {
      this.faces.add(run.face);
      const hex = this.fonts.encode(run.face, run.text);
      parts.push(`${fontPlaceholder(run.face)} ${num(style.size)} Tf ${hex} Tj`);
    }
    parts.push('ET');
    this.ops.push(parts.join(' '));
  }

  /** Draws one line centred on x. */
  centred(x: number, y: number, text: string, style: TextStyle): void {
    this.text(x - this.fonts.widthOf(text, style.size) / 2, y, text, style);
  }

  /** A horizontal rule. */
  rule(x1: number, x2: number, y: number, width = 0.5, gray = 0.6): void {
    this.ops.push(`${num(gray)} G ${num(width)} w ${num(x1)} ${num(y)} m ${num(x2)} ${num(y)} l S`);
  }

  /** Operators to run first, e.g. a `cm` that turns the page's coordinates. */
  prepend(operators: string): void {
    this.ops.unshift(operators);
  }

  get isEmpty(): boolean {
    return this.ops.length === 0;
  }

  /**
   * Adds the drawing to the page as a new content stream, after the page's own content, in
   * its own graphics state, and the fonts it used to the page's resources. A page number is
   * tagged as a pagination artifact (PDF 32000 §14.8.2.2), so screen readers skip it.
   */
  appendTo(page: PDFPage, options: { pageNumber?: boolean } = {}): void {
    if (this.isEmpty) return;
    const { context } = page.doc;
    const body = this.ops.join('\n');
    let content = options.pageNumber
      ? `q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${body}\nEMC\nQ\n`
      : `q\n${body}\nQ\n`;
    for (const face of this.faces) {
      const ref = this.fonts.ref(face);
      const name = freeFontName(page, face, ref);
      page.node.setFontDictionary(name, ref);
      content = content.replaceAll(fontPlaceholder(face), name.toString());
    }
    // A page number is a few hundred bytes: compressing it saves little and cost ~0.1 ms a
    // page (pako sets up a fresh 300 KB deflate state per stream) on documents of 1000s of pages.
    const stream = options.pageNumber
      ? context.stream(encoder.encode(content))
      : context.flateStream(encoder.encode(content));
    if (options.pageNumber) stream.dict.set(PAGE_NUMBER_MARK, context.obj(true));
    page.node.addContentStream(context.register(stream));
  }
}
