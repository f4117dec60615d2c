// Line breaking by measuring: break at spaces, between CJK characters (which have no spaces
// between words), and inside a word only when the word alone is wider than the line. No
// character is ever dropped except the spaces a line break replaces.

/**
 * Tokens: a run of spaces, one CJK character (Han, kana, Hangul, CJK punctuation, fullwidth
 * forms; a line may break before or after each) with its combining marks, or any other word.
 */
const TOKENS =
  /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]\p{M}*|[^\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]+/gu;

export type Measure = (text: string) => number;

/** Splits a word wider than the line into pieces that fit (at least one character each). */
function splitWord(word: string, maxWidth: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const char of word) {
    const charWidth = measure(char);
    if (piece !== '' && width + charWidth > maxWidth && !/^\p{M}$/u.test(char)) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += charWidth;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** One source line (no line feeds) broken into lines at most `maxWidth` wide. */
export function wrapLine(text: string, maxWidth: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  let width = 0;
  const flush = () => {
    lines.push(line.trimEnd());
    line = '';
    width = 0;
  };
  for (const token of text.match(TOKENS) ?? []) {
    const tokenWidth = measure(token);
    if (/^\s/u.test(token)) {
      // Spaces at a break are swallowed; spaces that start the source line (indentation) stay.
      if (line !== '' || lines.length === 0) {
        line += token;
        width += tokenWidth;
      }
      continue;
    }
    if (width + tokenWidth <= maxWidth) {
      line += token;
      width += tokenWidth;
      continue;
    }
    if (line.trim() !== '') flush();
    else {
      line = '';
      width = 0;
    }
    if (tokenWidth <= maxWidth) {
      line = token;
      width = tokenWidth;
      continue;
    }
    const pieces = splitWord(token, maxWidth, measure);
    for (const piece of pieces.slice(0, -1)) {
      line = piece;
      flush();
    }
    line = pieces[pieces.length - 1] ?? '';
    width = measure(line);
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
}

/** The text on one line: as it is if it fits, else cut to fit with "…" at the end. */
export function fitLine(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let chars = [...text];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}
