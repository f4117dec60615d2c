// The compose entry (issue 4): the product's combined-PDF pipeline on a small EULA and five
// ~10 MB documents, in a child process like the publish job's, against qpdf merging the same
// files in the same run. Targets: at most 2× qpdf's time and 250 MB peak RSS.
//
// The child is the api's own compose script (documents/testing/compose-cli.ts), which runs
// composeCombinedPdf — the work composeOfferPdf does (it only renames errors) — loading each
// file when the pipeline reaches it, as the publish job loads them from the database.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchEntry, Check } from './entry';
import { type PdfFixtureFile, preparePdfFixtures } from './fixtures/fixture-cache';
import { median, nodeArgsWithPeakRss, peakRssMb, runTimed } from './measure';

export const COMPOSE_TARGETS = { ratioToQpdf: 2, peakRssMb: 250 };
const SEED = 20_261_126;
const RUNS = 5;

export type ComposeFigures = {
  /** Median wall time of the compose child, spawn to exit. */
  ms: number;
  /**
   * Median wall time of the same child composing the EULA alone: Node, tsx, pdf-lib and the
   * font starting, which a running server has paid already. Context only; no target.
   */
  startupMs: number;
  /** Median wall time of `qpdf --empty --pages` on the same files. */
  qpdfMs: number;
  ratioToQpdf: number;
  /** The highest peak RSS (VmHWM) of the compose child over the runs. */
  peakRssMb: number;
  runs: number;
  inputs: { fileName: string; kind: string; bytes: number; sha256: string }[];
};

const COMPOSE_CLI = fileURLToPath(
  new URL('./documents/testing/compose-cli.ts', import.meta.resolve('@offerdesk/api')),
);

function composeSpec(eula: PdfFixtureFile, documents: PdfFixtureFile[]) {
  const file = (f: PdfFixtureFile) => ({
    fileName: f.fileName,
    mediaType: 'application/pdf',
    path: f.path,
  });
  return {
    cover: {
      offerId: 'offer-bench00000001',
      offerName: 'Offer - Benchmark - 3 buyers',
      productName: 'Benchmark',
      resellerName: 'Northwind Partners',
      isvName: 'Acme Consulting',
      buyerAccountCount: 3,
    },
    date: '2026-11-26T09:00:00.000Z',
    eula: file(eula),
    documents: documents.map(file),
  };
}

async function composeArgs(dir: string, name: string, spec: ReturnType<typeof composeSpec>) {
  const specPath = join(dir, `${name}.json`);
  await writeFile(specPath, JSON.stringify(spec));
  return [...nodeArgsWithPeakRss(), COMPOSE_CLI, specPath];
}

async function measure(files: PdfFixtureFile[], dir: string) {
  const [eula, ...documents] = files;
  if (!eula) throw new Error('no EULA fixture');
  const fullArgs = await composeArgs(dir, 'compose', composeSpec(eula, documents));
  const startupArgs = await composeArgs(dir, 'startup', composeSpec(eula, []));
  const qpdfArgs = ['--empty', '--pages', ...files.map((f) => f.path), '--', join(dir, 'qpdf.pdf')];

  const composeMs: number[] = [];
  const startupMs: number[] = [];
  const qpdfMs: number[] = [];
  const peaks: number[] = [];
  const hashes = new Set<string>();
  // Alternating, so a slower stretch of the machine falls on both sides alike.
  for (let run = 0; run < RUNS; run += 1) {
    const compose = await runTimed(process.execPath, fullArgs);
    composeMs.push(compose.ms);
    peaks.push(peakRssMb(compose));
    hashes.add(compose.stdout.trim());
    qpdfMs.push((await runTimed('qpdf', qpdfArgs)).ms);
    startupMs.push((await runTimed(process.execPath, startupArgs)).ms);
  }
  // The same input must give the same PDF (a retried publish stores the same document).
  if (hashes.size !== 1) throw new Error(`compose gave different PDFs: ${[...hashes].join(', ')}`);
  return {
    ms: median(composeMs),
    startupMs: median(startupMs),
    qpdfMs: median(qpdfMs),
    peakRssMb: Math.max(...peaks),
  };
}

function checks(figures: ComposeFigures): Check[] {
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    {
      figure: 'compose ÷ qpdf',
      value: `${figures.ratioToQpdf.toFixed(2)}× (${ms(figures.ms)} vs ${ms(figures.qpdfMs)})`,
      target: `≤ ${COMPOSE_TARGETS.ratioToQpdf}×`,
      pass: figures.ratioToQpdf <= COMPOSE_TARGETS.ratioToQpdf,
    },
    {
      figure: 'compose peak RSS',
      value: `${figures.peakRssMb.toFixed(0)} MB`,
      target: `≤ ${COMPOSE_TARGETS.peakRssMb} MB`,
      pass: figures.peakRssMb <= COMPOSE_TARGETS.peakRssMb,
    },
  ];
}

export const composeEntry: BenchEntry<'compose', ComposeFigures> = {
  key: 'compose',
  run: async () => {
    const files = await preparePdfFixtures(SEED);
    const dir = await mkdtemp(join(tmpdir(), 'offerdesk-bench-compose-'));
    try {
      const measured = await measure(files, dir);
      const figures: ComposeFigures = {
        ms: Math.round(measured.ms),
        startupMs: Math.round(measured.startupMs),
        qpdfMs: Math.round(measured.qpdfMs),
        ratioToQpdf: Math.round((measured.ms / measured.qpdfMs) * 100) / 100,
        peakRssMb: Math.round(measured.peakRssMb),
        runs: RUNS,
        inputs: files.map(({ fileName, kind, bytes, sha256 }) => ({
          fileName,
          kind,
          bytes,
          sha256,
        })),
      };
      return { figures, checks: checks(figures) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
