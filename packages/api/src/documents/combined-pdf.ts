// The combined EULA PDF (SPEC §6): cover, the ISV EULA, then each additional document in the
// reseller's order — PDFs copied page by page, text typeset — with "Page N of M" on every
// page and one bookmark per document.
//
// Deterministic: the same inputs give the same bytes (fixed producer/creator, dates from the
// input, pdf-lib's seeded name suffixes, the trailer /ID derived from the inputs), so a
// retried publish job stores the same PDF and a preview's ETag is stable.
// Memory: documents are loaded one at a time, and each source's bytes and parsed copy are
// dropped once its pages are copied.
import { createHash } from 'node:crypto';
import { ParseSpeeds, PDFDocument, PDFHexString } from 'pdf-lib';
import { type CoverEntry, type CoverFacts, insertCoverPage } from './cover-page';
import { DocumentFonts } from './fonts';
import { addOutline } from './outline';
import { removeOfferdeskPageNumbers, stampPageNumbers } from './page-stamps';
import { decodeText, typesetText } from './typeset-text';

export type SourceDocument = {
  fileName: string;
  mediaType: 'application/pdf' | 'text/plain';
  /** Loads the bytes when the pipeline reaches this document (so only one is held at a time). */
  load: () => Promise<Uint8Array>;
};

export type CombinedPdfInput = {
  cover: CoverFacts;
  eula: SourceDocument;
  /** The additional documents in the reseller's order. */
  documents: SourceDocument[];
  /** The PDF's creation and modification date (e.g. when the offer was extended). */
  date: Date;
};

export type CombinedPdf = { bytes: Uint8Array; sha256: string; pageCount: number };

/** A source that cannot be read (a PDF that will not parse, text that is not UTF-8). */
export class UnreadableDocumentError extends Error {
  constructor(
    readonly role: 'eula' | 'document',
    readonly fileName: string,
    cause?: unknown,
  ) {
    super(`${fileName} could not be read`, { cause });
    this.name = 'UnreadableDocumentError';
  }
}

export const PDF_PRODUCER = 'Offerdesk';
export const PDF_CREATOR = 'Offerdesk documents pipeline';
const COVER_TITLE = 'Offer summary';

export function eulaTitle(fileName: string): string {
  return `End-user license agreement (${fileName})`;
}

export function sourceFromBytes(
  fileName: string,
  mediaType: SourceDocument['mediaType'],
  bytes: Uint8Array,
): SourceDocument {
  return { fileName, mediaType, load: async () => bytes };
}

type Section = { source: SourceDocument; role: 'eula' | 'document'; title: string };

// pdf-lib yields to the event loop with setTimeout(0), ≥ 1 ms each time, every 100 objects it
// parses and every 50 it writes by default: for a few thousand pages that was ~0.5 s of idle
// (bench/, compose entry). Every 1,500 objects still lets other requests in every few tens of ms.
const OBJECTS_PER_TICK = ParseSpeeds.Fast;

/** Appends one document's pages; returns their number. `bytes` is dropped on return. */
async function appendDocument(
  doc: PDFDocument,
  fonts: DocumentFonts,
  section: Section,
  bytes: Uint8Array,
): Promise<number> {
  const { source, role, title } = section;
  if (source.mediaType === 'text/plain') {
    let text: string;
    try {
      text = decodeText(bytes);
    } catch (error) {
      throw new UnreadableDocumentError(role, source.fileName, error);
    }
    return typesetText(doc, fonts, { title, text });
  }
  let pages: Awaited<ReturnType<PDFDocument['copyPages']>>;
  try {
    const from = await PDFDocument.load(bytes, {
      updateMetadata: false,
      parseSpeed: OBJECTS_PER_TICK,
    });
    pages = await doc.copyPages(from, from.getPageIndices());
  } catch (error) {
    throw new UnreadableDocumentError(role, source.fileName, error);
  }
  if (pages.length === 0) throw new UnreadableDocumentError(role, source.fileName);
  for (const page of pages) {
    removeOfferdeskPageNumbers(page);
    doc.addPage(page);
  }
  return pages.length;
}

/** A digest of everything that goes into the PDF: the /ID, and nothing random. */
function inputDigest(input: CombinedPdfInput, contentHashes: string[]): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ cover: input.cover, date: input.date.toISOString() }));
  for (const [index, source] of [input.eula, ...input.documents].entries()) {
    hash.update(`\n${source.fileName}\n${source.mediaType}\n${contentHashes[index]}`);
  }
  return hash.digest('hex').slice(0, 32);
}

export async function composeCombinedPdf(input: CombinedPdfInput): Promise<CombinedPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocumentFonts.create(doc);
  const sections: Section[] = [
    { source: input.eula, role: 'eula', title: eulaTitle(input.eula.fileName) },
    ...input.documents.map((source) => ({
      source,
      role: 'document' as const,
      title: source.fileName,
    })),
  ];
  const entries: CoverEntry[] = [];
  const contentHashes: string[] = [];
  for (const section of sections) {
    const bytes = await section.source.load();
    contentHashes.push(createHash('sha256').update(bytes).digest('hex'));
    const firstPageIndex = doc.getPageCount();
    const pageCount = await appendDocument(doc, fonts, section, bytes);
    // The cover goes in front afterwards, so page numbers count it as page 1.
    entries.push({ title: section.title, firstPage: firstPageIndex + 2, pageCount });
  }
  await insertCoverPage(doc, fonts, input.cover, entries);
  stampPageNumbers(doc.getPages(), fonts);
  addOutline(doc, [
    { title: COVER_TITLE, pageIndex: 0 },
    ...entries.map((entry) => ({ title: entry.title, pageIndex: entry.firstPage - 1 })),
  ]);

  doc.setTitle(`${input.cover.offerName} — EULA and offer documents`);
  doc.setSubject(`Private offer ${input.cover.offerId}`);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setCreationDate(input.date);
  doc.setModificationDate(input.date);
  const id = PDFHexString.of(inputDigest(input, contentHashes));
  doc.context.trailerInfo.ID = doc.context.obj([id, id]);

  const bytes = await doc.save({ useObjectStreams: true, objectsPerTick: OBJECTS_PER_TICK });
  return {
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    pageCount: doc.getPageCount(),
  };
}
