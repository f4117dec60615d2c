/// <reference path="./fontkit.d.ts" />
// pdf-lib on upstream fontkit 2 (shared/notes/pdf-unicode-fonts.md): fontkit 2 renders CJK
// subsets correctly where @pdf-lib/fontkit leaves them blank, but needs two small changes to
// fit what pdf-lib expects of it (patchForPdfLib). Each font file is parsed once per process.
import { Readable } from 'node:stream';
import type { FontkitFont, FontkitGlyph } from 'fontkit';
import * as fontkit from 'fontkit';

const fontsByBytes = new WeakMap<Uint8Array, FontkitFont>();

/** The cmap lookups are the hot path of a long text file: one per code point per font. */
const glyphCaches = new WeakMap<FontkitFont, Map<number, FontkitGlyph | null>>();

const isDefaultIgnorable = (codePoint: number) =>
  /^\p{Default_Ignorable_Code_Point}$/u.test(String.fromCodePoint(codePoint));

/**
 * One glyph per character from the font's cmap. Default-ignorable characters the font has no
 * glyph for (variation selectors, zero-width joiners) are invisible by definition and left
 * out; any other missing character gets the font's .notdef box, never nothing.
 */
export function glyphsFor(font: FontkitFont, text: string): FontkitGlyph[] {
  let cache = glyphCaches.get(font);
  if (!cache) {
    cache = new Map();
    glyphCaches.set(font, cache);
  }
  const glyphs: FontkitGlyph[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    let glyph = cache.get(codePoint);
    if (glyph === undefined) {
      glyph =
        font.hasGlyphForCodePoint(codePoint) || !isDefaultIgnorable(codePoint)
          ? font.glyphForCodePoint(codePoint)
          : null;
      cache.set(codePoint, glyph);
    }
    if (glyph) glyphs.push(glyph);
  }
  return glyphs;
}

/**
 * Two changes so pdf-lib can use a fontkit 2 font:
 * - pdf-lib calls `subset.encodeStream()` and listens for 'data' then 'end'; fontkit 2 only
 *   has `encode()`.
 * - pdf-lib encodes and measures text through `font.layout()`, fontkit's full OpenType
 *   shaper: 10× slower than a cmap lookup (40 s for a 10 MB text file), and pdf-lib ignores
 *   the positions it computes anyway. Latin, Greek, Cyrillic and CJK need no shaping, and
 *   one glyph per character keeps measured widths equal to drawn widths.
 * Patched once on each parsed font (the parsed fonts are this module's own).
 */
function patchForPdfLib(font: FontkitFont): FontkitFont {
  const createSubset = font.createSubset.bind(font);
  font.createSubset = () => {
    const subset = createSubset();
    // Readable.from emits after pdf-lib has attached its listeners.
    return Object.assign(subset, { encodeStream: () => Readable.from([subset.encode()]) });
  };
  font.layout = (text: string) => ({ glyphs: glyphsFor(font, text) });
  return font;
}

export function parseFont(bytes: Uint8Array): FontkitFont {
  let font = fontsByBytes.get(bytes);
  if (!font) {
    font = patchForPdfLib(fontkit.create(bytes));
    fontsByBytes.set(bytes, font);
  }
  return font;
}

/** What pdf-lib's registerFontkit needs; parses each font file once per process. */
export const fontkitAdapter = { create: parseFont };
