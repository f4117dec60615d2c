// Fetches a PDF, checks it is the one expected, and opens it with pdf.js. The bytes are
// fetched here (not by pdf.js) so the hash checked is the hash of exactly what is drawn.
import { GlobalWorkerOptions, getDocument, type PDFDocumentProxy } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

GlobalWorkerOptions.workerSrc = workerUrl;

export class PdfLoadError extends Error {}

async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  // crypto.subtle exists only in secure contexts (https, localhost); elsewhere skip the check.
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function loadPdf(
  url: string,
  expectedSha256: string | undefined,
  signal: AbortSignal,
): Promise<PDFDocumentProxy> {
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) {
    throw new PdfLoadError(
      response.status === 404
        ? 'This document was not found.'
        : `The document could not be loaded (HTTP ${response.status}).`,
    );
  }
  const bytes = await response.arrayBuffer();
  if (expectedSha256) {
    const actual = await sha256Hex(bytes);
    if (actual !== null && actual !== expectedSha256.toLowerCase()) {
      throw new PdfLoadError('This document changed since the page loaded; reload the page.');
    }
  }
  // No eval (the consoles' CSP forbids it) and no font or script fetching beyond the worker.
  return getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, enableXfa: false })
    .promise;
}
