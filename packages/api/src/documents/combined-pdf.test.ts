import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CombinedPdfInput, composeCombinedPdf, sourceFromBytes } from './combined-pdf';
import type { CoverFacts } from './cover-page';
import {
  inkIn,
  outlineEntries,
  pageTexts,
  pdfFonts,
  qpdfCheck,
  wordBoxes,
} from './testing/pdf-tools';
import { samplePdf } from './testing/sample-pdfs';

const run = promisify(execFile);
const encode = (s: string) => new TextEncoder().encode(s);
const SAMPLE = 'é — € → 中文 Ελληνικά Кириллица';

const cover: CoverFacts = {
  offerId: 'offer-k2m9x0q1w3e4r',
  offerName: 'Offer - Cloud Migration Assessment - 3 buyers',
  productName: 'Cloud Migration Assessment',
  resellerName: 'Northwind Partners',
  isvName: 'Acme Consulting',
  buyerAccountCount: 3,
};

// Lines alone on their line (中文, Ελληνικά) so the ink check can crop exactly one word.
const notes = [
  'Sample',
  SAMPLE,
  '',
  '中文',
  'Ελληνικά',
  '한국어 텍스트',
  `Tabs:\tone\ttwo`,
  `A long paragraph: ${'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(30)}`,
  `${'中文字符测试'.repeat(40)}`,
  ...Array.from({ length: 30 }, (_, i) => `Line ${i + 1} of the numbered list`),
].join('\n');

async function inputs(): Promise<CombinedPdfInput> {
  return {
    cover,
    date: new Date('2026-11-26T10:00:00Z'),
    eula: sourceFromBytes(
      'Acme EULA.pdf',
      'application/pdf',
      await samplePdf([{ lines: ['EULA page one'] }, { lines: ['EULA page two'] }]),
    ),
    documents: [
      sourceFromBytes(
        'Statement of work.pdf',
        'application/pdf',
        await samplePdf('Statement of work'),
      ),
      sourceFromBytes('notes.txt', 'text/plain', encode(notes)),
      sourceFromBytes(
        'Scans.pdf',
        'application/pdf',
        await samplePdf([
          { lines: ['A rotated landscape scan'], rotate: 90 },
          {
            lines: ['An A4 page that leaves its scale behind'],
            size: [595, 842],
            leaveScaled: true,
          },
        ]),
      ),
    ],
  };
}

describe('composeCombinedPdf', () => {
  let pdf: Awaited<ReturnType<typeof composeCombinedPdf>>;
  let texts: string[];

  beforeAll(async () => {
    pdf = await composeCombinedPdf(await inputs());
    texts = await pageTexts(pdf.bytes);
  });

  it('puts cover, EULA and the documents in order, with a bookmark for each', async () => {
    // cover 1 + EULA 2 + SOW 1 + notes 2 + scans 2
    expect(pdf.pageCount).toBe(8);
    expect(texts).toHaveLength(8);
    expect(await outlineEntries(pdf.bytes)).toEqual([
      ['Offer summary', 1],
      ['End-user license agreement (Acme EULA.pdf)', 2],
      ['Statement of work.pdf', 4],
      ['notes.txt', 5],
      ['Scans.pdf', 7],
    ]);
    expect(texts[1]).toContain('EULA page one');
    expect(texts[2]).toContain('EULA page two');
    expect(texts[3]).toContain('Statement of work');
    expect(texts[4]).toContain('notes.txt');
    expect(texts[6]).toContain('A rotated landscape scan');
    expect(await qpdfCheck(pdf.bytes)).toContain('No syntax or stream encoding errors');
  });

  it('stamps "Page N of M" on every page, copied and rotated pages included', () => {
    texts.forEach((text, index) => {
      expect(text, `page ${index + 1}`).toContain(`Page ${index + 1} of 8`);
    });
  });

  it('shows on the cover who sells what to how many buyers, and the enclosed documents', async () => {
    const [layout] = await pageTexts(pdf.bytes, { layout: true });
    const coverText = (layout ?? '').replace(/\s+/g, ' ');
    for (const fact of [
      cover.offerId,
      cover.offerName,
      cover.productName,
      'Seller of record Northwind Partners',
      'Publisher Acme Consulting',
      '3 buyer accounts',
      'End-user license agreement (Acme EULA.pdf) pages 2–3',
      'Statement of work.pdf page 4',
      'notes.txt pages 5–6',
      'Scans.pdf pages 7–8',
    ]) {
      expect(coverText).toContain(fact);
    }
    // Never the expiry (it can change after publishing), never an account ID.
    expect(coverText).not.toMatch(/expir/i);
    expect(coverText).not.toMatch(/\b\d{12}\b/);
  });

  it('typesets text with every character, in fonts that are embedded', async () => {
    const typeset = `${texts[4]}${texts[5]}`;
    expect(typeset).toContain(SAMPLE);
    const compact = (s: string) => s.replace(/\s/g, '');
    const drawn = compact(typeset.replace(/Page \d+ of \d+|notes\.txt( \(continued\))?/g, ''));
    expect(drawn).toContain(compact(notes.replace(/\t/g, ' ')));
    const fonts = await pdfFonts(pdf.bytes);
    const ours = fonts.filter((f) => f.name.startsWith('OFDAA'));
    expect(ours.map((f) => f.name).sort()).toEqual([
      'OFDAAA+DejaVuSans',
      'OFDAAB+NotoSansSC',
      'OFDAAC+NotoSansKR',
    ]);
    for (const font of ours) expect(font).toMatchObject({ embedded: true, subset: true });
  });

  it('draws CJK and Greek glyphs with ink, not blank boxes', async () => {
    const words = await wordBoxes(pdf.bytes, 5);
    for (const word of ['中文', 'Ελληνικά']) {
      const box = words.find((w) => w.word === word);
      expect(box, word).toBeDefined();
      if (!box) continue;
      expect(await inkIn(pdf.bytes, 5, box), word).toBeGreaterThan(0);
      // The same box moved into the empty right margin has no ink: the check can fail.
      const margin = { ...box, xMin: 560, xMax: 560 + box.xMax - box.xMin };
      expect(await inkIn(pdf.bytes, 5, margin), `${word} margin`).toBe(0);
    }
  });
});

describe('composeCombinedPdf with an Offerdesk PDF as a document', () => {
  it("keeps the enclosed PDF's text intact (its font names are ours too) and renumbers it", async () => {
    const inner = await composeCombinedPdf(await inputs());
    const outer = await composeCombinedPdf({
      ...(await inputs()),
      documents: [sourceFromBytes('Earlier offer.pdf', 'application/pdf', inner.bytes)],
    });
    const texts = await pageTexts(outer.bytes);
    // cover 1 + EULA 2 + the earlier offer's 8 pages
    expect(texts).toHaveLength(11);
    expect(texts[3]).toContain('Statement of work.pdf');
    expect(texts[7]).toContain(SAMPLE);
    // Its old numbering gives way to this PDF's, on drawn and copied pages alike.
    for (const [i, text] of texts.entries()) {
      expect(text).toContain(`Page ${i + 1} of 11`);
      expect(text).not.toMatch(/Page \d+ of 8/);
    }
  });
});

describe('composeCombinedPdf determinism', () => {
  let dir: string;
  const script = join(dirname(fileURLToPath(import.meta.url)), 'testing', 'compose-cli.ts');
  const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'offerdesk-compose-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function writeSpec(name: string, notesText: string): Promise<string> {
    const files = {
      eula: join(dir, `${name}-eula.pdf`),
      sow: join(dir, `${name}-sow.pdf`),
      notes: join(dir, `${name}-notes.txt`),
    };
    await writeFile(files.eula, await samplePdf('EULA'));
    await writeFile(files.sow, await samplePdf('Statement of work'));
    await writeFile(files.notes, notesText);
    const spec = join(dir, `${name}.json`);
    await writeFile(
      spec,
      JSON.stringify({
        cover,
        date: '2026-11-26T10:00:00.000Z',
        eula: { fileName: 'EULA.pdf', mediaType: 'application/pdf', path: files.eula },
        documents: [
          { fileName: 'SOW.pdf', mediaType: 'application/pdf', path: files.sow },
          { fileName: 'notes.txt', mediaType: 'text/plain', path: files.notes },
        ],
      }),
    );
    return spec;
  }

  async function composeInFreshProcess(spec: string): Promise<string> {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, spec], {
      cwd: packageDir,
    });
    return stdout.trim();
  }

  it('gives the same SHA-256 in two fresh processes, and another when one byte changes', async () => {
    const same = await writeSpec('a', SAMPLE);
    const [first, second] = await Promise.all([
      composeInFreshProcess(same),
      composeInFreshProcess(same),
    ]);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
    expect(second).toBe(first);
    const changed = await writeSpec('b', SAMPLE.replace('€', '$'));
    expect(await composeInFreshProcess(changed)).not.toBe(first);
  });

  it('gives the same bytes when composed twice in one process', async () => {
    const [one, two] = [
      await composeCombinedPdf(await inputs()),
      await composeCombinedPdf(await inputs()),
    ];
    expect(Buffer.from(two.bytes).equals(Buffer.from(one.bytes))).toBe(true);
    expect(two.sha256).toBe(one.sha256);
  });
});
