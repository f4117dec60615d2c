// The combined PDF as it is written: pages go out in document order as they are copied or
// drawn, each with its stamp's place reserved; the cover, written last once the page ranges
// are known, is put first in the page tree; then the stamps' text (the page count is known),
// the fonts (every glyph is known), the outline, the page tree and the catalog.
import { setImmediate as nextTurn } from 'node:timers/promises';
import { ParseSpeeds, PDFDocument, PDFHexString, type PDFPage, PDFRef } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import { ObjectCopy, pdfLibPage } from './object-copy';
import { writeOutline } from './outline';
import { STAMP_FACE, type StampSlot, writePageNumber } from './page-stamps';
import { ParsedCopy, parsedPage } from './parsed-copy';
import { PdfSource } from './pdf-source';
import { PdfSyntaxError } from './pdf-syntax';
import { PdfWriter } from './pdf-writer';
import { type PageTarget, type PageToCopy, writePage } from './write-page';

/** Pages written between two turns of the event loop, so other requests get served. */
const PAGES_PER_TURN = 200;
// pdf-lib yields to the event loop with setTimeout(0), ≥ 1 ms each time, every 100 objects it
// parses by default: for a few thousand pages that was ~0.5 s of idle (bench/, compose entry).
// Every 1,500 objects still lets other requests in every few tens of ms.
const OBJECTS_PER_TICK = ParseSpeeds.Fast;

const ref = (number: number) => `${number} 0 R`;

export class CombinedPdfWriter {
  private readonly writer: PdfWriter;
  private readonly target: PageTarget;
  /** The drawing document's objects (cover, typeset text, fonts), dropped from it once written. */
  private readonly drawn: ObjectCopy;
  private readonly pages: number[] = [];
  private readonly stamps: StampSlot[] = [];

  /** `doc` is the drawing document: the fonts, the cover and typeset text are made there. */
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: DocumentFonts,
    expectedBytes: number,
  ) {
    const writer = new PdfWriter(expectedBytes);
    const pageTree = writer.reserve();
    this.drawn = new ObjectCopy(doc.context, writer, { missing: 'later', forgetWritten: true });
    const stampFont = fonts.ref(STAMP_FACE);
    this.target = {
      writer,
      pageTree,
      saveState: writer.reserve(),
      restoreState: writer.reserve(),
      stampFont: { ref: stampFont, number: this.drawn.numberOf(stampFont) },
    };
    const encoder = new TextEncoder();
    writer.writeStream(this.target.saveState, '', encoder.encode('q\n'));
    writer.writeStream(this.target.restoreState, '', encoder.encode('\nQ'));
    this.writer = writer;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /**
   * Copies every page of a PDF; returns how many. The file is read in place (pdf-source.ts);
   * one that reader cannot follow is read again by pdf-lib, which scans the whole file and
   * copes with more damage, at several times the memory.
   */
  async appendPdf(bytes: Uint8Array): Promise<number> {
    const checkpoint = this.writer.checkpoint();
    const pageCount = this.pages.length;
    try {
      return await this.appendInPlace(PdfSource.open(bytes));
    } catch (error) {
      if (!(error instanceof PdfSyntaxError)) throw error;
      this.writer.rollback(checkpoint);
      this.pages.length = pageCount;
      this.stamps.length = pageCount;
    }
    const from = await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: OBJECTS_PER_TICK,
    });
    return this.appendWithPdfLib(from);
  }

  /** Writes a page drawn in the drawing document (typeset text) after the pages so far. */
  appendDrawnPage(page: PDFPage): void {
    const { number, stamp } = this.writeDrawnPage(page);
    this.pages.push(number);
    this.stamps.push(stamp);
  }

  private appendInPlace(source: PdfSource): Promise<number> {
    const copy = new ParsedCopy(source, this.writer);
    return this.copyPages(source.pages(), {
      claim: (page) => copy.claim(page.num),
      toCopy: (page) => parsedPage(copy, page),
      writeQueued: () => copy.writeQueued(),
    });
  }

  private appendWithPdfLib(from: PDFDocument): Promise<number> {
    const copy = new ObjectCopy(from.context, this.writer, {
      missing: 'null',
      forgetWritten: false,
    });
    return this.copyPages(from.getPages(), {
      claim: (page) => copy.claim(page.ref),
      toCopy: (page) => pdfLibPage(copy, page, this.target.stampFont.ref),
      writeQueued: () => copy.writeQueued(),
    });
  }

  private async copyPages<Page>(
    pages: Page[],
    copy: { claim(page: Page): number; toCopy(page: Page): PageToCopy; writeQueued(): void },
  ): Promise<number> {
    // Numbered first, so a link from one page to a later one finds it.
    const numbers = pages.map((page) => copy.claim(page));
    for (const [index, page] of pages.entries()) {
      this.stamps.push(writePage(copy.toCopy(page), numbers[index] ?? 0, this.target));
      copy.writeQueued();
      if (index % PAGES_PER_TURN === PAGES_PER_TURN - 1) await nextTurn();
    }
    this.pages.push(...numbers);
    return pages.length;
  }

  private writeDrawnPage(page: PDFPage): { number: number; stamp: StampSlot } {
    const number = this.drawn.claim(page.ref);
    const toCopy = pdfLibPage(this.drawn, page, this.target.stampFont.ref);
    const stamp = writePage(toCopy, number, this.target);
    this.drawn.written(page.ref);
    this.drawn.writeQueued();
    return { number, stamp };
  }

  /**
   * Writes the cover as page 1, then everything that waited for the end. `outline` gives
   * each bookmark's page as a page number (the cover is 1). Returns the PDF's bytes.
   */
  async finish(input: {
    cover: PDFPage;
    outline: { title: string; pageNumber: number }[];
    id: string;
  }): Promise<{ bytes: Uint8Array; pageCount: number }> {
    const { writer, drawn } = this;
    const { number: cover, stamp: coverStamp } = this.writeDrawnPage(input.cover);
    const pages = [cover, ...this.pages];
    [coverStamp, ...this.stamps].forEach((slot, index) => {
      writePageNumber(writer, this.fonts, slot, { index, total: pages.length });
    });

    const { Info } = this.doc.context.trailerInfo;
    if (!(Info instanceof PDFRef)) throw new Error('the drawing document has no information');
    const info = drawn.numberOf(Info);
    // The fonts are embedded now that every glyph they need (the stamps' too) is known.
    await this.doc.flush();
    drawn.writeQueued();

    const bookmarks = input.outline.map(({ title, pageNumber }) => {
      const page = pages[pageNumber - 1];
      if (page === undefined) throw new Error(`bookmark "${title}" points past the last page`);
      return { title, page };
    });
    const outline = writeOutline(writer, bookmarks);
    const { pageTree } = this.target;
    const kids = pages.map(ref).join(' ');
    writer.writeObject(pageTree, `<</Type /Pages /Kids [${kids}] /Count ${pages.length}>>`);
    const catalog = writer.reserve();
    // Readers open with the bookmarks panel showing, so the documents are easy to find.
    writer.writeObject(
      catalog,
      `<</Type /Catalog /Pages ${ref(pageTree)} /Outlines ${ref(outline)} /PageMode /UseOutlines>>`,
    );
    const id = PDFHexString.of(input.id).toString();
    const bytes = writer.finish(`/Root ${ref(catalog)} /Info ${ref(info)} /ID [${id} ${id}]`);
    return { bytes, pageCount: pages.length };
  }
}
