// The combined offer PDF the publish job stores (SPEC §6). The work is the documents
// pipeline's (combined-pdf.ts: cover page, the ISV EULA, the additional documents in the
// reseller's order with text typeset, "Page N of M", bookmarks); this entry keeps the publish
// job's contract: the PDF's bytes, and an UnreadableDocumentError naming the file (the EULA
// as EULA_FILE_LABEL) when a source cannot be read, which retrying will not fix.
//
// Deterministic: the same input gives the same bytes (the date comes with the input), so a
// retried publish job stores the same document under the same SHA-256. Build the input with
// combinedPdfInputFor (offer-pdf-input.ts): it loads the stored files one at a time.
import { PDFDocument } from 'pdf-lib';
import {
  type CombinedPdfInput,
  composeCombinedPdf,
  UnreadableDocumentError as UnreadableSourceError,
} from './combined-pdf';

export type ComposeInput = CombinedPdfInput;

/** A source that cannot be read (a PDF without pages or that will not parse): retrying will not help. */
export class UnreadableDocumentError extends Error {
  readonly fileName: string;

  constructor(fileName: string, cause?: unknown) {
    super(`${fileName} could not be read`, { cause });
    this.name = 'UnreadableDocumentError';
    this.fileName = fileName;
  }
}

export const EULA_FILE_LABEL = 'ISV EULA';

export async function composeOfferPdf(input: ComposeInput): Promise<Uint8Array> {
  try {
    return (await composeCombinedPdf(input)).bytes;
  } catch (error) {
    if (!(error instanceof UnreadableSourceError)) throw error;
    throw new UnreadableDocumentError(
      error.role === 'eula' ? EULA_FILE_LABEL : error.fileName,
      error,
    );
  }
}

/** The number of pages of a stored PDF (for checks and displays), or null if unreadable. */
export async function countPdfPages(bytes: Uint8Array): Promise<number | null> {
  try {
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    return pdf.getPageCount();
  } catch {
    return null;
  }
}
