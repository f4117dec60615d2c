// fontkit 2 ships no types; this is the little of it the PDF module uses (see fonts.ts).
declare module 'fontkit' {
  export type FontkitGlyph = { id: number; advanceWidth: number; codePoints: number[] };

  export type FontkitSubset = {
    includeGlyph(glyph: number | FontkitGlyph): number;
    encode(): Uint8Array;
  };

  export type FontkitFont = {
    postscriptName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    characterSet: number[];
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): FontkitGlyph;
    createSubset(): FontkitSubset;
    layout(text: string, features?: unknown): { glyphs: FontkitGlyph[] };
  };

  export function create(buffer: Uint8Array, postscriptName?: string): FontkitFont;
}
