// What an uploaded file really is (SPEC §4): recognised by its bytes, not its name. A PDF must
// have the PDF header, parse fully with pdf-lib (the same library that will copy its pages into
// the combined PDF), have pages and not be encrypted; a text file must be UTF-8 without NUL
// bytes. Every refusal has its own sentence, so the reseller knows what to fix.
import {
  documentIssues,
  documentMessages,
  hasPdfHeader,
  isUtf8TextWithoutNul,
  MAX_DOCUMENT_BYTES,
} from '@offerdesk/core';
import type { MediaType } from '@offerdesk/db';
import {
  decodePDFRawStream,
  EncryptedPDFError,
  PDFArray,
  PDFDocument,
  type PDFPage,
  PDFRawStream,
} from 'pdf-lib';

export const uploadMessages = {
  ...documentMessages,
  encrypted: 'This PDF is password-protected; upload an unprotected copy',
  corrupt:
    'This PDF is damaged and cannot be read; export or save it again and upload the new copy',
  noPages: 'This PDF has no pages',
  notPdf: 'This file is not a PDF: it does not start with the PDF header',
  nul: 'This text file contains NUL bytes, so it is not plain text; save it as UTF-8 text',
  invalidUtf8: 'This text file is not valid UTF-8; save it with UTF-8 encoding and upload it again',
  pdfOnly: 'Only a PDF can be used here',
} as const;

/** Why an upload was refused; `status` is the HTTP status the file routes answer with. */
export type UploadProblem =
  | 'empty'
  | 'too-large'
  | 'name'
  | 'unsupported-type'
  | 'text-named-pdf'
  | 'pdf-named-text'
  | 'not-pdf'
  | 'encrypted'
  | 'corrupt'
  | 'no-pages'
  | 'nul-byte'
  | 'invalid-utf8';

export class UploadRejectedError extends Error {
  constructor(
    readonly problem: UploadProblem,
    message: string,
    readonly path: string[] = ['file'],
  ) {
    super(message);
    this.name = 'UploadRejectedError';
  }

  get status(): 400 | 413 | 415 {
    if (this.problem === 'too-large') return 413;
    if (this.problem === 'unsupported-type') return 415;
    return 400;
  }
}

export type ValidatedUpload = { mediaType: MediaType; pageCount?: number };

const latin1 = new TextDecoder('latin1');

/**
 * Whether the last trailer (classic `trailer <<…>>` before `startxref`, or the cross-reference
 * stream `startxref` points at) has an /Encrypt entry. Checked before pdf-lib parses, which
 * on an encrypted file would fail on its encrypted object streams and only then say why.
 */
export function hasEncryptDictionary(bytes: Uint8Array): boolean {
  const tailStart = Math.max(0, bytes.length - 4096);
  const tail = latin1.decode(bytes.subarray(tailStart));
  const encrypt = /\/Encrypt\s*(\d+\s+\d+\s+R|<<)/;
  const at = tail.lastIndexOf('startxref');
  const windows = [at < 0 ? tail : tail.slice(0, at)];
  const offset = at < 0 ? Number.NaN : Number(/^startxref\s+(\d+)/.exec(tail.slice(at))?.[1]);
  if (Number.isSafeInteger(offset) && offset < bytes.length) {
    windows.push(latin1.decode(bytes.subarray(offset, offset + 4096)));
  }
  return windows.some((window) => encrypt.test(window));
}

/**
 * A page's drawing instructions are a few KB to a few MB; far beyond that is a decompression
 * bomb (10 MB of zeros inflates a thousandfold), which would exhaust memory here or in the
 * buyer's viewer.
 */
const MAX_DECODED_CONTENT_BYTES = 64 * 1024 * 1024;

/** Decodes each content stream of the page, so a damaged stream is found now, not by a buyer. */
function decodeContents(page: PDFPage): void {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
  for (const item of streams) {
    const stream = page.doc.context.lookup(item);
    if (!(stream instanceof PDFRawStream)) continue;
    // In steps, so a bomb is stopped at the limit instead of inflated whole.
    const decoded = decodePDFRawStream(stream);
    let size = 0;
    for (
      let chunk = decoded.getBytes(1 << 20);
      chunk.length > 0;
      chunk = decoded.getBytes(1 << 20)
    ) {
      size += chunk.length;
      if (size > MAX_DECODED_CONTENT_BYTES) throw new Error('content stream too large');
    }
  }
}

async function validatePdf(bytes: Uint8Array): Promise<number> {
  if (hasEncryptDictionary(bytes)) {
    throw new UploadRejectedError('encrypted', uploadMessages.encrypted);
  }
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false });
  } catch (error) {
    if (error instanceof EncryptedPDFError) {
      throw new UploadRejectedError('encrypted', uploadMessages.encrypted);
    }
    throw new UploadRejectedError('corrupt', uploadMessages.corrupt);
  }
  let pageCount: number;
  try {
    const pages = doc.getPages();
    pageCount = pages.length;
    for (const page of pages) {
      page.getSize();
      decodeContents(page);
    }
    // What the combined PDF will do with it: copy every page into another document.
    const scratch = await PDFDocument.create({ updateMetadata: false });
    await scratch.copyPages(doc, doc.getPageIndices());
  } catch {
    throw new UploadRejectedError('corrupt', uploadMessages.corrupt);
  }
  if (pageCount === 0) throw new UploadRejectedError('no-pages', uploadMessages.noPages);
  return pageCount;
}

function validateText(bytes: Uint8Array): void {
  if (isUtf8TextWithoutNul(bytes)) return;
  if (bytes.includes(0)) throw new UploadRejectedError('nul-byte', uploadMessages.nul);
  throw new UploadRejectedError('invalid-utf8', uploadMessages.invalidUtf8);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot <= 0 ? '' : fileName.slice(dot).toLowerCase();
}

/**
 * Checks an upload's name, size and content. `accept: 'pdf'` is for the EULA and reseller
 * contracts, which must be PDFs; offer documents may also be text.
 */
export async function validateUpload(input: {
  fileName: string;
  bytes: Uint8Array;
  accept: 'pdf' | 'pdf-or-text';
}): Promise<ValidatedUpload> {
  const { fileName, bytes, accept } = input;
  if (bytes.length === 0) throw new UploadRejectedError('empty', uploadMessages.empty);
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    throw new UploadRejectedError('too-large', uploadMessages.tooLarge);
  }
  const extension = extensionOf(fileName.trim());
  const isPdf = hasPdfHeader(bytes);
  if (accept === 'pdf' && !isPdf && extension !== '.pdf') {
    throw new UploadRejectedError('unsupported-type', uploadMessages.pdfOnly);
  }
  if (extension === '.pdf' && !isPdf) {
    if (isUtf8TextWithoutNul(bytes)) {
      throw new UploadRejectedError(
        'text-named-pdf',
        uploadMessages.extensionMismatch('.pdf', 'plain text'),
      );
    }
    throw new UploadRejectedError('not-pdf', uploadMessages.notPdf);
  }
  const mediaType: MediaType = isPdf ? 'application/pdf' : 'text/plain';
  // Name, extension and "a PDF named .txt", with core's messages (the seller console's too).
  const nameIssue = documentIssues({ name: fileName, mediaType, sizeBytes: bytes.length })[0];
  if (nameIssue) {
    const mismatch = extension === '.txt' && isPdf;
    const unsupported = nameIssue.message === uploadMessages.extension;
    throw new UploadRejectedError(
      mismatch ? 'pdf-named-text' : unsupported ? 'unsupported-type' : 'name',
      nameIssue.message,
      nameIssue.path[0] === 'name' ? ['fileName'] : ['file'],
    );
  }
  if (mediaType === 'text/plain') {
    validateText(bytes);
    return { mediaType };
  }
  return { mediaType, pageCount: await validatePdf(bytes) };
}
