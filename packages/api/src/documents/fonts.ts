/// <reference path="./fontkit.d.ts" />
// Embedded Unicode fonts from npm with a per-character fallback chain: DejaVu Sans (Latin,
// — € →, Greek, Cyrillic) → Noto Sans SC (Chinese, Japanese kana/kanji) → Noto Sans KR
// (Hangul). No single npm font covers all of these (see shared/notes/pdf-unicode-fonts.md).
//
// Embedded with upstream fontkit 2 through fontkit-adapter.ts. Font files are read and
// parsed once per process; the CJK fonts (17 MB together) only when a text first needs them.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { FontkitFont } from 'fontkit';
import type { PDFDocument, PDFFont, PDFRef } from 'pdf-lib';
import { fontkitAdapter, glyphsFor, parseFont } from './fontkit-adapter';

// `subsetName` is the embedded BaseFont: a fixed six-letter subset tag (PDF 32000 §9.6.4)
// rather than pdf-lib's numeric suffix, so the bytes are the same on every run.
const FACES = [
  { subsetName: 'OFDAAA+DejaVuSans', file: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf' },
  {
    subsetName: 'OFDAAB+NotoSansSC',
    file: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  },
  {
    subsetName: 'OFDAAC+NotoSansKR',
    file: '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf',
  },
] as const;

type FontFace = {
  subsetName: string;
  bytes: Uint8Array;
  font: FontkitFont;
  codePoints: Set<number>;
  /** Advance width per code point, in em (cached: measuring runs once per character). */
  advances: Map<number, number>;
};

const require = createRequire(import.meta.url);
const faces: (Promise<FontFace> | undefined)[] = [];

async function readFace(index: number): Promise<FontFace> {
  const spec = FACES[index];
  if (!spec) throw new Error(`no font face ${index}`);
  const bytes = new Uint8Array(await readFile(require.resolve(spec.file)));
  const font = parseFont(bytes);
  return {
    subsetName: spec.subsetName,
    bytes,
    font,
    codePoints: new Set(font.characterSet),
    advances: new Map(),
  };
}

function loadFace(index: number): Promise<FontFace> {
  let face = faces[index];
  if (!face) {
    face = readFace(index);
    faces[index] = face;
    // A failed read is not cached, so a later call can try again.
    face.catch(() => {
      faces[index] = undefined;
    });
  }
  return face;
}

const isSpaceOrMark = (char: string) => /^[\s\p{M}]$/u.test(char);
// Line and page breaks (the cover and typeset text pass whole texts with \n and \f) are
// layout, never drawn: no face has them, and looking for one would load every face.
const isControl = (char: string) => /^\p{Cc}$/u.test(char);

/**
 * The fallback fonts of one PDF document. `prepare(text)` embeds whatever faces the text
 * needs; after that, `runs`, `widthOf` and `encode` are synchronous.
 */
export class DocumentFonts {
  private readonly embedded: (PDFFont | undefined)[] = [];
  private readonly loaded: FontFace[] = [];

  private constructor(private readonly doc: PDFDocument) {}

  static async create(doc: PDFDocument): Promise<DocumentFonts> {
    doc.registerFontkit(fontkitAdapter as unknown as Parameters<PDFDocument['registerFontkit']>[0]);
    const fonts = new DocumentFonts(doc);
    await fonts.use(0);
    return fonts;
  }

  /** Embeds (subset) every face the text needs, loading the CJK fonts on first need. */
  async prepare(text: string): Promise<void> {
    const seen = new Set<number>();
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      if (seen.has(codePoint)) continue;
      seen.add(codePoint);
      if (isControl(char)) continue;
      for (let index = 0; index < FACES.length; index += 1) {
        const face = this.loaded[index] ?? (await this.use(index));
        if (face.codePoints.has(codePoint)) break;
      }
    }
  }

  /** The first face (DejaVu → SC → KR) that has the character; DejaVu's box if none has it. */
  faceOf(codePoint: number): number {
    for (let index = 0; index < this.loaded.length; index += 1) {
      if (this.loaded[index]?.codePoints.has(codePoint)) return index;
    }
    return 0;
  }

  /** The text split into runs of one face each; spaces and marks stay with the run before. */
  runs(text: string): { face: number; text: string }[] {
    const runs: { face: number; text: string }[] = [];
    for (const char of text) {
      const last = runs[runs.length - 1];
      const face = last && isSpaceOrMark(char) ? last.face : this.faceOf(char.codePointAt(0) ?? 0);
      if (last && last.face === face) last.text += char;
      else runs.push({ face, text: char });
    }
    return runs;
  }

  /** Width in points at `size`, the sum of the advance widths the PDF viewer will use. */
  widthOf(text: string, size: number): number {
    let em = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const face = this.loaded[this.faceOf(codePoint)];
      if (!face) continue;
      let advance = face.advances.get(codePoint);
      if (advance === undefined) {
        const glyphs = glyphsFor(face.font, char);
        advance = (glyphs[0]?.advanceWidth ?? 0) / face.font.unitsPerEm;
        face.advances.set(codePoint, advance);
      }
      em += advance;
    }
    return em * size;
  }

  /** The run's glyphs as a PDF hex string for Tj (adds them to the face's subset). */
  encode(face: number, text: string): string {
    const font = this.embedded[face];
    if (!font) throw new Error(`font face ${face} is not embedded`);
    return font.encodeText(text).toString();
  }

  ref(face: number): PDFRef {
    const font = this.embedded[face];
    if (!font) throw new Error(`font face ${face} is not embedded`);
    return font.ref;
  }

  private async use(index: number): Promise<FontFace> {
    const face = await loadFace(index);
    if (!this.embedded[index]) {
      this.embedded[index] = await this.doc.embedFont(face.bytes, {
        subset: true,
        customName: face.subsetName,
      });
      this.loaded[index] = face;
    }
    return face;
  }
}
