// The cover page of the combined EULA PDF (SPEC §6): what the offer is, who sells and who
// publishes it, how many buyer accounts it goes to — never which (a buyer must not see the
// others' account IDs) — and what is enclosed. Not the expiry: it can change after publishing.
import { type PDFDocument, PDFPage } from 'pdf-lib';
import type { DocumentFonts } from './fonts';
import {
  BODY_SIZE,
  MARGIN_X,
  MUTED_GRAY,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  SMALL_SIZE,
  TEXT_TOP,
  TEXT_WIDTH,
} from './page-layout';
import { PageText } from './page-text';
import { fitLine, type Measure, wrapLine } from './wrap-text';

/** The facts a cover shows. Deliberately no buyer account IDs: only their number. */
export type CoverFacts = {
  offerId: string;
  offerName: string;
  productName: string;
  /** The reseller's public name: the seller of record. */
  resellerName: string;
  /** The ISV's public name: the publisher. */
  isvName: string;
  buyerAccountCount: number;
};

/** One enclosed document as the cover lists it; page numbers count the cover as page 1. */
export type CoverEntry = { title: string; firstPage: number; pageCount: number };

const TITLE_SIZE = 20;
const LABEL_WIDTH = 150;

export function pageRangeInWords(entry: CoverEntry): string {
  const last = entry.firstPage + entry.pageCount - 1;
  return entry.pageCount === 1 ? `page ${entry.firstPage}` : `pages ${entry.firstPage}–${last}`;
}

/**
 * At most `max` wrapped lines, the last one ending in "…" when text was cut, so that even
 * 150-character names and six 255-character file names fit on one cover page. (The full
 * names are in the outline and on each document's own heading.)
 */
function clampLines(lines: string[], max: number, maxWidth: number, measure: Measure): string[] {
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  // Force the ellipsis: the line fits, but text after it was cut.
  kept[max - 1] = fitLine(`${kept[max - 1] ?? ''}…`, maxWidth, measure);
  return kept;
}

function wrapClamped(text: string, max: number, maxWidth: number, measure: Measure): string[] {
  return clampLines(wrapLine(text, maxWidth, measure), max, maxWidth, measure);
}

export function buyerAccountsInWords(count: number): string {
  return count === 1 ? '1 buyer account' : `${count} buyer accounts`;
}

/** Draws the cover on a page of its own, not yet in the document's page tree. */
export async function drawCoverPage(
  doc: PDFDocument,
  fonts: DocumentFonts,
  facts: CoverFacts,
  entries: CoverEntry[],
): Promise<PDFPage> {
  const rows: [string, string][] = [
    ['Offer ID', facts.offerId],
    ['Product', facts.productName],
    ['Seller of record', facts.resellerName],
    ['Publisher', facts.isvName],
    ['Offered to', buyerAccountsInWords(facts.buyerAccountCount)],
  ];
  await fonts.prepare([facts.offerName, ...rows.flat(), ...entries.map((e) => e.title)].join('\n'));
  const page = new PageText(fonts);
  let y = TEXT_TOP;
  page.text(MARGIN_X, y, 'Offerdesk · Private offer', { size: SMALL_SIZE + 1, gray: MUTED_GRAY });
  y -= 36;
  const titleMeasure = (s: string) => fonts.widthOf(s, TITLE_SIZE);
  for (const line of wrapClamped(facts.offerName, 3, TEXT_WIDTH, titleMeasure)) {
    page.text(MARGIN_X, y, line, { size: TITLE_SIZE });
    y -= TITLE_SIZE * 1.3;
  }
  y -= 4;
  page.text(MARGIN_X, y, 'End-user license agreement and offer documents', {
    size: BODY_SIZE + 2,
    gray: MUTED_GRAY,
  });
  y -= 14;
  page.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, y);
  y -= 28;

  const valueWidth = TEXT_WIDTH - LABEL_WIDTH;
  const measure = (s: string) => fonts.widthOf(s, BODY_SIZE + 1);
  for (const [label, value] of rows) {
    page.text(MARGIN_X, y, label, { size: BODY_SIZE + 1, gray: MUTED_GRAY });
    for (const line of wrapClamped(value, 2, valueWidth, measure)) {
      page.text(MARGIN_X + LABEL_WIDTH, y, line, { size: BODY_SIZE + 1 });
      y -= 16;
    }
    y -= 6;
  }

  y -= 18;
  page.text(MARGIN_X, y, 'Enclosed documents', { size: BODY_SIZE + 3 });
  y -= 8;
  page.rule(MARGIN_X, PAGE_WIDTH - MARGIN_X, y);
  y -= 20;
  const rangeWidth = 80;
  entries.forEach((entry, index) => {
    const number = `${index + 1}.`;
    page.text(MARGIN_X, y, number, { size: BODY_SIZE + 1 });
    const range = pageRangeInWords(entry);
    page.text(PAGE_WIDTH - MARGIN_X - measure(range), y, range, {
      size: BODY_SIZE + 1,
      gray: MUTED_GRAY,
    });
    for (const line of wrapClamped(entry.title, 2, TEXT_WIDTH - 24 - rangeWidth, measure)) {
      page.text(MARGIN_X + 24, y, line, { size: BODY_SIZE + 1 });
      y -= 16;
    }
    y -= 6;
  });

  y -= 24;
  const note =
    'Accepting this offer means agreeing to the enclosed documents, in the order listed above. ' +
    'Prices, quantities and the payment schedule are shown on the offer page.';
  for (const line of wrapLine(note, TEXT_WIDTH, (s) => fonts.widthOf(s, BODY_SIZE))) {
    page.text(MARGIN_X, y, line, { size: BODY_SIZE, gray: MUTED_GRAY });
    y -= 14;
  }

  const pdfPage = PDFPage.create(doc);
  pdfPage.setSize(PAGE_WIDTH, PAGE_HEIGHT);
  page.appendTo(pdfPage);
  return pdfPage;
}
