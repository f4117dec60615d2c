// PDF object syntax (PDF 32000 §7.2, §7.3) read from bytes, kept as written: numbers, strings
// and names keep their source text, so copying an object into the combined PDF rewrites its
// references and nothing else. Values are plain and short-lived: a document's objects are
// read one at a time as they are copied (pdf-source.ts), never all held at once.

/** A name: `name` decoded (#xx escapes), `text` as written, with its slash. */
export class PdfName {
  constructor(
    readonly name: string,
    readonly text: string,
  ) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A number, string, boolean or null, as written. */
export class PdfAtom {
  constructor(readonly text: string) {}

  get number(): number | undefined {
    const value = Number(this.text);
    return this.text !== '' && Number.isFinite(value) ? value : undefined;
  }
}

/** A dictionary, by decoded key. */
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = PdfName | PdfRef | PdfAtom | PdfValue[] | PdfDict;
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    /** The data as stored (still encoded), a view of the file's bytes. */
    readonly data: Uint8Array,
  ) {}
}

export class PdfSyntaxError extends Error {
  constructor(message: string, offset: number) {
    super(`${message} at byte ${offset}`);
    this.name = 'PdfSyntaxError';
  }
}

const SPACE = 1;
const DELIMITER = 2;
const CHAR_CLASS = new Uint8Array(256);
for (const c of [0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]) CHAR_CLASS[c] = SPACE;
for (const c of '()<>[]{}/%') CHAR_CLASS[c.charCodeAt(0)] = DELIMITER;

const isRegular = (byte: number | undefined) => byte !== undefined && CHAR_CLASS[byte] === 0;
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

export function decodeName(text: string): string {
  return text.includes('#')
    ? text.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}

/** A decoded name as PDF syntax, escaping what cannot stand in a name. */
export function encodeName(name: string): string {
  let text = '/';
  for (let i = 0; i < name.length; i += 1) {
    const code = name.charCodeAt(i);
    const plain = code > 0x20 && code < 0x7f && code !== 0x23 && CHAR_CLASS[code] === 0;
    text += plain ? name[i] : `#${code.toString(16).padStart(2, '0')}`;
  }
  return text;
}

/** A Buffer over the same memory, for its latin1 decoding (TextDecoder's is windows-1252). */
export const bufferOf = (bytes: Uint8Array) =>
  Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Reads values one after another from `pos`. */
export class PdfLexer {
  constructor(
    readonly bytes: Buffer,
    public pos = 0,
  ) {}

  /** Skips white space and comments. */
  skipSpace(): void {
    const { bytes } = this;
    for (;;) {
      const byte = bytes[this.pos];
      if (byte === undefined) return;
      if (CHAR_CLASS[byte] === SPACE) this.pos += 1;
      else if (byte === 0x25) {
        while (this.pos < bytes.length && bytes[this.pos] !== 0x0a && bytes[this.pos] !== 0x0d) {
          this.pos += 1;
        }
      } else return;
    }
  }

  /** Whether `word` comes next (after white space), as a whole keyword; consumed if so. */
  keyword(word: string): boolean {
    this.skipSpace();
    for (let i = 0; i < word.length; i += 1) {
      if (this.bytes[this.pos + i] !== word.charCodeAt(i)) return false;
    }
    if (isRegular(this.bytes[this.pos + word.length])) return false;
    this.pos += word.length;
    return true;
  }

  /** A non-negative integer, such as an object number or an offset. */
  integer(): number {
    this.skipSpace();
    const start = this.pos;
    let value = 0;
    for (let byte = this.bytes[this.pos]; isDigit(byte); byte = this.bytes[++this.pos]) {
      value = value * 10 + (byte ?? 0) - 0x30;
    }
    if (this.pos === start) throw new PdfSyntaxError('expected an integer', start);
    return value;
  }

  value(): PdfValue {
    this.skipSpace();
    const start = this.pos;
    const byte = this.bytes[start];
    if (byte === 0x2f) return this.name();
    if (byte === 0x5b) return this.array();
    if (byte === 0x3c) return this.bytes[start + 1] === 0x3c ? this.dict() : this.hexString();
    if (byte === 0x28) return this.literalString();
    if (isDigit(byte) || byte === 0x2b || byte === 0x2d || byte === 0x2e) return this.numberOrRef();
    const word = this.word();
    if (word === 'true' || word === 'false' || word === 'null') return new PdfAtom(word);
    throw new PdfSyntaxError(`unexpected ${word === '' ? 'end of data' : `"${word}"`}`, start);
  }

  dict(): PdfDict {
    const start = this.pos;
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipSpace();
      const byte = this.bytes[this.pos];
      if (byte === 0x3e && this.bytes[this.pos + 1] === 0x3e) {
        this.pos += 2;
        return dict;
      }
      if (byte !== 0x2f) throw new PdfSyntaxError('unterminated dictionary', start);
      const key = this.name();
      dict.set(key.name, this.value());
    }
  }

  private name(): PdfName {
    const start = this.pos;
    this.pos += 1;
    while (isRegular(this.bytes[this.pos])) this.pos += 1;
    const text = this.slice(start, this.pos);
    return new PdfName(decodeName(text.slice(1)), text);
  }

  private array(): PdfValue[] {
    const start = this.pos;
    this.pos += 1;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.bytes[this.pos] === 0x5d) {
        this.pos += 1;
        return items;
      }
      if (this.pos >= this.bytes.length) throw new PdfSyntaxError('unterminated array', start);
      items.push(this.value());
    }
  }

  private hexString(): PdfAtom {
    const start = this.pos;
    const end = this.bytes.indexOf(0x3e, start);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string', start);
    this.pos = end + 1;
    return new PdfAtom(this.slice(start, this.pos));
  }

  private literalString(): PdfAtom {
    const start = this.pos;
    let depth = 0;
    while (this.pos < this.bytes.length) {
      const byte = this.bytes[this.pos];
      this.pos += byte === 0x5c ? 2 : 1;
      if (byte === 0x28) depth += 1;
      else if (byte === 0x29 && --depth === 0) {
        return new PdfAtom(this.slice(start, this.pos));
      }
    }
    throw new PdfSyntaxError('unterminated string', start);
  }

  /** A number, or `num gen R` when two integers and an R follow. */
  private numberOrRef(): PdfAtom | PdfRef {
    const word = this.word();
    if (/^\d+$/.test(word)) {
      const after = this.pos;
      this.skipSpace();
      if (isDigit(this.bytes[this.pos])) {
        const gen = this.word();
        if (/^\d+$/.test(gen) && this.keyword('R')) return new PdfRef(Number(word), Number(gen));
      }
      this.pos = after;
    }
    return new PdfAtom(word);
  }

  private word(): string {
    const start = this.pos;
    while (isRegular(this.bytes[this.pos])) this.pos += 1;
    return this.slice(start, this.pos);
  }

  /** The bytes as text; short ones (most tokens) are quicker to build by hand. */
  private slice(start: number, end: number): string {
    if (end - start > 24) return this.bytes.toString('latin1', start, end);
    let text = '';
    for (let i = start; i < end; i += 1) text += String.fromCharCode(this.bytes[i] ?? 0);
    return text;
  }
}

export const isDict = (value: unknown): value is PdfDict => value instanceof Map;
