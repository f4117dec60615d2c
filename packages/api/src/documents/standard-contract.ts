// The Offerdesk Standard Reseller Contract as a PDF: its text typeset by the same pipeline as
// offer documents, with page numbers and fixed metadata. Built once per process on first
// request and kept (about 20 KB); the same bytes every time, so its ETag never changes.
import { createHash } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { PDF_CREATOR, PDF_PRODUCER } from './combined-pdf';
import { DocumentFonts } from './fonts';
import { stampPageNumbers } from './page-stamps';
import {
  STANDARD_CONTRACT_DATE,
  STANDARD_CONTRACT_TEXT,
  STANDARD_CONTRACT_TITLE,
} from './standard-contract-text';
import { typesetText } from './typeset-text';

export type StandardContractPdf = { bytes: Uint8Array; sha256: string };

export const STANDARD_CONTRACT_FILE_NAME = 'Offerdesk Standard Reseller Contract.pdf';

async function buildStandardContract(): Promise<StandardContractPdf> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts = await DocumentFonts.create(doc);
  await typesetText(doc, fonts, {
    title: STANDARD_CONTRACT_TITLE,
    text: STANDARD_CONTRACT_TEXT,
  });
  stampPageNumbers(doc.getPages(), fonts);
  doc.setTitle(STANDARD_CONTRACT_TITLE);
  doc.setProducer(PDF_PRODUCER);
  doc.setCreator(PDF_CREATOR);
  doc.setCreationDate(STANDARD_CONTRACT_DATE);
  doc.setModificationDate(STANDARD_CONTRACT_DATE);
  const bytes = await doc.save({ useObjectStreams: true });
  return { bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

let cached: Promise<StandardContractPdf> | null = null;

export function standardContractPdf(): Promise<StandardContractPdf> {
  if (!cached) {
    cached = buildStandardContract();
    cached.catch(() => {
      cached = null;
    });
  }
  return cached;
}
