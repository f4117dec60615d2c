// Small PDFs for tests of the documents pipeline and the file routes, made with pdf-lib here
// so the rest of the code (and its tests) never import it. Deterministic: no dates, no IDs.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { deflateSync } from 'node:zlib';
import { degrees, PDFDocument, StandardFonts } from 'pdf-lib';
import type { CoverFacts } from '../cover-page';

const run = promisify(execFile);

/** Cover facts for tests that need a combined PDF but do not look at its cover. */
export const sampleCover: CoverFacts = {
  offerId: 'offer-k2m9x0q1w3e4r',
  offerName: 'Offer - Assessment - 2 buyers',
  productName: 'Assessment',
  resellerName: 'Northwind Partners',
  isvName: 'Acme Consulting',
  buyerAccountCount: 2,
};

export type SamplePage = {
  lines: string[];
  /** Page size in points; Letter by default. */
  size?: [number, number];
  rotate?: 0 | 90 | 180 | 270;
  /** Content that leaves a scaled graphics state behind (no q…Q around it). */
  leaveScaled?: boolean;
};

export async function samplePdf(pages: SamplePage[] | string): Promise<Uint8Array> {
  const list = typeof pages === 'string' ? [{ lines: [pages] }] : pages;
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const spec of list) {
    const page = doc.addPage(spec.size ?? [612, 792]);
    if (spec.rotate) page.setRotation(degrees(spec.rotate));
    spec.lines.forEach((line, i) => {
      page.drawText(line, { x: 72, y: page.getHeight() - 96 - i * 18, size: 14, font });
    });
    if (spec.leaveScaled) {
      const { context } = doc;
      page.node.addContentStream(context.register(context.stream('0.2 0 0 0.2 0 0 cm 1 1 1 rg')));
    }
  }
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}

/** The PDF as qpdf writes it with `options` (object streams, linearized, encrypted…). */
export async function rewriteWithQpdf(pdf: Uint8Array, options: string[]): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'offerdesk-qpdf-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    await run('qpdf', [...options, join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return new Uint8Array(await readFile(join(dir, 'out.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The PDF encrypted by qpdf (AES-256, user password "u"), as a reseller might upload it. */
export function encryptedPdf(plain: Uint8Array): Promise<Uint8Array> {
  return rewriteWithQpdf(plain, ['--encrypt', 'u', 'o', '256', '--']);
}

/** A one-page PDF whose content stream inflates to `megabytes` MiB of spaces. */
export async function pdfWithHugeContent(megabytes: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([612, 792]);
  const { context } = doc;
  const spaces = new Uint8Array(megabytes * 1024 * 1024).fill(0x20);
  const deflated = deflateSync(spaces, { level: 9 });
  page.node.addContentStream(context.register(context.stream(deflated, { Filter: 'FlateDecode' })));
  return doc.save({ useObjectStreams: false, addDefaultPage: false });
}
