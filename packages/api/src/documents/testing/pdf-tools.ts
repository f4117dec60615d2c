// Looking at a PDF the way a person's viewer would, for tests: poppler's pdftotext, pdffonts
// and pdftoppm, and qpdf's JSON view of the outline. Extracted text alone is not enough (a
// font can map a character to a blank glyph and still extract it), so `inkIn` renders the page
// and counts dark pixels where a word stands.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

async function withPdf<T>(bytes: Uint8Array, use: (path: string, dir: string) => Promise<T>) {
  const dir = await mkdtemp(join(tmpdir(), 'offerdesk-pdf-'));
  try {
    const path = join(dir, 'doc.pdf');
    await writeFile(path, bytes);
    return await use(path, dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The text of each page, in order; `layout` keeps each row of the page on one line. */
export function pageTexts(
  bytes: Uint8Array,
  options: { layout?: boolean } = {},
): Promise<string[]> {
  return withPdf(bytes, async (path) => {
    const mode = options.layout ? ['-layout'] : [];
    const { stdout } = await run('pdftotext', [...mode, '-enc', 'UTF-8', path, '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    // pdftotext ends every page with a form feed.
    return stdout.split('\f').slice(0, -1);
  });
}

export type FontInfo = { name: string; type: string; embedded: boolean; subset: boolean };

export function pdfFonts(bytes: Uint8Array): Promise<FontInfo[]> {
  return withPdf(bytes, async (path) => {
    const { stdout } = await run('pdffonts', [path]);
    return stdout
      .split('\n')
      .slice(2)
      .filter((line) => line.trim() !== '')
      .map((line) => {
        // name type… encoding emb sub uni object ID: read the flags from the right.
        const parts = line.trim().split(/\s+/);
        const [emb, sub] = parts.slice(-5, -3);
        return {
          name: parts[0] ?? '',
          type: parts.slice(1, -6).join(' '),
          embedded: emb === 'yes',
          subset: sub === 'yes',
        };
      });
  });
}

type QpdfOutline = { title: string; destpageposfrom1: number; kids: QpdfOutline[] };

/** Bookmarks as [title, page number] in order. */
export function outlineEntries(bytes: Uint8Array): Promise<[string, number][]> {
  return withPdf(bytes, async (path) => {
    const { stdout } = await run('qpdf', ['--json', '--json-key=outlines', path], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const outlines = (JSON.parse(stdout) as { outlines: QpdfOutline[] }).outlines;
    return outlines.map((o) => [o.title, o.destpageposfrom1]);
  });
}

export async function qpdfCheck(bytes: Uint8Array): Promise<string> {
  return withPdf(bytes, async (path) => {
    const { stdout } = await run('qpdf', ['--check', path]);
    return stdout;
  });
}

export type WordBox = { word: string; xMin: number; yMin: number; xMax: number; yMax: number };

/** Every word of a page with its box in points from the top-left (pdftotext -bbox). */
export function wordBoxes(bytes: Uint8Array, page: number): Promise<WordBox[]> {
  return withPdf(bytes, async (path) => {
    const { stdout } = await run('pdftotext', [
      '-bbox',
      '-f',
      String(page),
      '-l',
      String(page),
      path,
      '-',
    ]);
    const words: WordBox[] = [];
    const pattern =
      /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
    for (const m of stdout.matchAll(pattern)) {
      words.push({
        xMin: Number(m[1]),
        yMin: Number(m[2]),
        xMax: Number(m[3]),
        yMax: Number(m[4]),
        word: (m[5] ?? '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'),
      });
    }
    return words;
  });
}

/**
 * Dark pixels (gray < 128) inside a box of the page rendered at `dpi` in grayscale. The box
 * is in points from the top-left, as wordBoxes gives it.
 */
export function inkIn(
  bytes: Uint8Array,
  page: number,
  box: Omit<WordBox, 'word'>,
  dpi = 50,
): Promise<number> {
  return withPdf(bytes, async (path, dir) => {
    const out = join(dir, 'page');
    const args = ['-r', String(dpi), '-gray', '-f', String(page), '-l', String(page)];
    await run('pdftoppm', [...args, '-singlefile', path, out]);
    const pgm = await readFile(`${out}.pgm`);
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a binary PGM');
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = pgm.subarray(header[0].length);
    const scale = dpi / 72;
    const x0 = Math.max(0, Math.floor(box.xMin * scale));
    const x1 = Math.min(width - 1, Math.ceil(box.xMax * scale));
    const y0 = Math.max(0, Math.floor(box.yMin * scale));
    const y1 = Math.min(height - 1, Math.ceil(box.yMax * scale));
    let dark = 0;
    for (let y = y0; y <= y1; y += 1) {
      for (let x = x0; x <= x1; x += 1) if ((pixels[y * width + x] ?? 255) < 128) dark += 1;
    }
    return dark;
  });
}
