// A plain-text file onto Letter pages (SPEC §6): the file name as heading, lines wrapped by
// measuring, paginated, every character drawn through the fallback fonts. Pages are written
// one at a time, so a 10 MB file holds one page of operators in memory, not all of them.
import { type PDFDocument, PDFPage } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import {
  BODY_LEADING,
  BODY_SIZE,
  HEADING_SIZE,
  MARGIN_X,
  MUTED_GRAY,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SMALL_SIZE,
  TEXT_BOTTOM,
  TEXT_TOP,
  TEXT_WIDTH,
} from './page-layout';
import { PageText } from './page-text';
import { fitLine, wrapLine } from './wrap-text';

const TAB_WIDTH = 4;
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** ASCII names of the C0 control characters, as text editors show them. */
const CONTROL_NAMES = [
  'NUL',
  'SOH',
  'STX',
  'ETX',
  'EOT',
  'ENQ',
  'ACK',
  'BEL',
  'BS',
  'HT',
  'LF',
  'VT',
  'FF',
  'CR',
  'SO',
  'SI',
  'DLE',
  'DC1',
  'DC2',
  'DC3',
  'DC4',
  'NAK',
  'SYN',
  'ETB',
  'CAN',
  'EM',
  'SUB',
  'ESC',
  'FS',
  'GS',
  'RS',
  'US',
];

/**
 * The text as it is drawn: line feeds only, tabs expanded to 4-column stops, a leading BOM
 * removed, and any other control character shown by name (⟨ESC⟩) — none of the embedded
 * fonts has the Control Pictures block, and a control character must not silently vanish.
 * Form feeds stay: they start a new page.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => {
      let column = 0;
      let out = '';
      for (const char of line) {
        if (char === '\t') {
          const spaces = TAB_WIDTH - (column % TAB_WIDTH);
          out += ' '.repeat(spaces);
          column += spaces;
        } else if (char === '\f') {
          out += char;
          column = 0;
        } else {
          const code = char.codePointAt(0) ?? 0;
          const name = code === 0x7f ? 'DEL' : code < 0x20 ? CONTROL_NAMES[code] : undefined;
          out += name ? `⟨${name}⟩` : char;
          column += 1;
        }
      }
      return out;
    })
    .join('\n');
}

/** Decodes validated UTF-8 (the upload check already refused anything else). */
export function decodeText(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/**
 * Typesets the text onto new pages of the document, handing each to `place` when it is drawn
 * (by default, after the document's last page); returns how many pages it made.
 */
export async function typesetText(
  doc: PDFDocument,
  fonts: DocumentFonts,
  input: { title: string; text: string },
  place: (page: PDFPage) => void = (page) => doc.addPage(page),
): Promise<number> {
  const text = normalizeText(input.text);
  await fonts.prepare(input.title);
  await fonts.prepare(text);
  const measure = (s: string) => fonts.widthOf(s, BODY_SIZE);
  let pages = 0;
  let page: PageText | null = null;
  let y = 0;

  const finishPage = () => {
    if (!page) return;
    const pdfPage = PDFPage.create(doc);
    pdfPage.setSize(PAGE_WIDTH, PAGE_HEIGHT);
    page.appendTo(pdfPage);
    place(pdfPage);
    page = null;
  };
  const startPage = (): PageText => {
    finishPage();
    const next = new PageText(fonts);
    pages += 1;
    if (pages === 1) {
      const titleLines = wrapLine(input.title, TEXT_WIDTH, (s) => fonts.widthOf(s, HEADING_SIZE));
      y = TEXT_TOP;
      for (const line of titleLines) {
        next.text(MARGIN_X, y, line, { size: HEADING_SIZE });
        y -= HEADING_SIZE * 1.3;
      }
      next.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, y + HEADING_SIZE * 0.5);
      y -= BODY_LEADING;
    } else {
      const measureSmall = (s: string) => fonts.widthOf(s, SMALL_SIZE);
      const running = fitLine(`${input.title} (continued)`, TEXT_WIDTH, measureSmall);
      next.text(MARGIN_X, TEXT_TOP + 24, running, { size: SMALL_SIZE, gray: MUTED_GRAY });
      y = TEXT_TOP;
    }
    page = next;
    return next;
  };

  let current = startPage();
  for (const sourceLine of text.split('\n')) {
    const segments = sourceLine.split('\f');
    segments.forEach((segment, segmentIndex) => {
      if (segmentIndex > 0) current = startPage();
      // A form feed alone on its line only breaks the page.
      if (segment === '' && segments.length > 1) return;
      for (const line of wrapLine(segment, TEXT_WIDTH, measure)) {
        if (y < TEXT_BOTTOM) current = startPage();
        current.text(MARGIN_X, y, line, { size: BODY_SIZE });
        y -= BODY_LEADING;
      }
    });
  }
  finishPage();
  return pages;
}
