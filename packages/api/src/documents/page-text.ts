// Drawing on a page with the fallback fonts, written as raw content-stream operators: one
// BT…ET per line, a Tf/Tj pair per font run (Tj advances by the glyph widths, so runs need
// no positions of their own). One compressed stream per page keeps a long text file's memory
// small, where pdf-lib's drawText would hold ~10 operator objects per run until save.
import { PDFName, type PDFPage } from 'pdf-lib';
import type { DocumentFonts } from './fonts';

const encoder = new TextEncoder();

/** A number as PDF content writes it: at most 3 decimals, no exponent. */
function num(value: number): string {
  return String(Math.round(value * 1000) / 1000);
}

export type TextStyle = { size: number; gray?: number };

/** Marks the content stream of a "Page N of M" stamp, so a later copy can leave it out. */
export const PAGE_NUMBER_MARK = PDFName.of('OfdPageNumber');

// Font resource names are chosen when the drawing is added to a page (see appendTo); until
// then the operators hold a placeholder that cannot occur in a content stream we write.
const fontPlaceholder = (face: number) => `\u0000F${face}\u0000`;

/**
 * A resource name for the face that the page does not already use for another font. A page
 * copied from an uploaded PDF may have been made by Offerdesk (a combined PDF, the standard
 * contract) and use our names for its own subsets; overwriting them would garble its text.
 */
export function freeFontName(face: number, taken: (name: string) => boolean): string {
  for (let attempt = 0; ; attempt += 1) {
    const name = `OfdF${face}${attempt === 0 ? '' : `n${attempt}`}`;
    if (!taken(name)) return name;
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
   * The drawing as a content stream of its own graphics state, each face it used under its
   * resource name in `fontNames`. A page number is tagged as a pagination artifact (PDF 32000
   * §14.8.2.2), so screen readers skip it.
   */
  render(fontNames: ReadonlyMap<number, PDFName>, options: { pageNumber?: boolean } = {}): string {
    const body = this.ops.join('\n');
    let content = options.pageNumber
      ? `q\n/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n${body}\nEMC\nQ\n`
      : `q\n${body}\nQ\n`;
    for (const face of this.faces) {
      const name = fontNames.get(face);
      if (!name) throw new Error(`no resource name for font face ${face}`);
      content = content.replaceAll(fontPlaceholder(face), name.toString());
    }
    return content;
  }

  /**
   * Adds the drawing to the page as a new content stream, after the page's own content, and
   * the fonts it used to the page's resources.
   */
  appendTo(page: PDFPage, options: { pageNumber?: boolean } = {}): void {
    if (this.isEmpty) return;
    const { context } = page.doc;
    const names = new Map<number, PDFName>();
    const { Font } = page.node.normalizedEntries();
    for (const face of this.faces) {
      const ref = this.fonts.ref(face);
      const taken = (name: string) => {
        const font = Font.get(PDFName.of(name));
        return font !== undefined && font !== ref;
      };
      const name = PDFName.of(freeFontName(face, taken));
      page.node.setFontDictionary(name, ref);
      names.set(face, name);
    }
    const content = encoder.encode(this.render(names, options));
    // A page number is a few hundred bytes: compressing it saves little and cost ~0.1 ms a
    // page (pako sets up a fresh 300 KB deflate state per stream) on documents of 1000s of pages.
    const stream = options.pageNumber ? context.stream(content) : context.flateStream(content);
    if (options.pageNumber) stream.dict.set(PAGE_NUMBER_MARK, context.obj(true));
    page.node.addContentStream(context.register(stream));
  }
}
