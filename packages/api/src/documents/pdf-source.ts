// An uploaded PDF read where it lies: the cross-reference sections say where each object
// starts (PDF 32000 §7.5.4, §7.5.8, incremental updates through /Prev), and an object is
// parsed only when asked for; a stream's data is a view of the file's bytes, never copied.
// So copying a document holds its bytes and little else (pdf-lib's parser builds every
// object of the file up front: ~30 MB of objects for a 10 MB file of many small pages).
//
// Anything unexpected (a damaged cross-reference table, an encoding it does not know) is a
// PdfSyntaxError: the caller then reads the file with pdf-lib, which trusts nothing and scans
// the whole file.
import { inflateSync } from 'node:zlib';
import {
  bufferOf,
  isDict,
  PdfAtom,
  type PdfDict,
  PdfLexer,
  PdfName,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './pdf-syntax';

type Entry = { offset: number } | { stream: number; index: number } | null;
type ObjectStream = { lexer: PdfLexer; offsets: Map<number, number> };

/** A page as the page tree gives it: its object number and what it inherits. */
export type SourcePageRef = { num: number; inherited: PdfDict };

/** Attributes a page takes from its ancestors when it lacks them (PDF 32000 §7.7.3.4). */
export const INHERITABLE = ['Resources', 'MediaBox', 'CropBox', 'Rotate'] as const;

const asNumber = (value: unknown) => (value instanceof PdfAtom ? value.number : undefined);

/** Reverses the PNG predictors (PDF 32000 §7.4.4.4) that cross-reference streams often use. */
function unpredict(data: Uint8Array, params: PdfDict | undefined): Uint8Array {
  const predictor = asNumber(params?.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  if (predictor < 10) throw new PdfSyntaxError(`predictor ${predictor} not supported`, 0);
  const colors = asNumber(params?.get('Colors')) ?? 1;
  const bits = asNumber(params?.get('BitsPerComponent')) ?? 8;
  const columns = asNumber(params?.get('Columns')) ?? 1;
  const rowLength = Math.ceil((colors * bits * columns) / 8);
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const rows = Math.floor(data.length / (rowLength + 1));
  const out = new Uint8Array(rows * rowLength);
  for (let row = 0; row < rows; row += 1) {
    const filter = data[row * (rowLength + 1)];
    const at = row * rowLength;
    for (let i = 0; i < rowLength; i += 1) {
      const raw = data[row * (rowLength + 1) + 1 + i] ?? 0;
      const left = i >= pixel ? (out[at + i - pixel] ?? 0) : 0;
      const up = row > 0 ? (out[at - rowLength + i] ?? 0) : 0;
      const upLeft = row > 0 && i >= pixel ? (out[at - rowLength + i - pixel] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const [pa, pb, pc] = [Math.abs(p - left), Math.abs(p - up), Math.abs(p - upLeft)];
        predicted = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      }
      out[at + i] = (raw + predicted) & 0xff;
    }
  }
  return out;
}

/** A stream's decoded data: no filter or FlateDecode, which is what these streams use. */
function decodeStream({ dict, data }: PdfStream): Uint8Array {
  const filter = dict.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter ? [filter] : [];
  if (filters.length === 0) return data;
  const only = filters[0];
  if (filters.length > 1 || !(only instanceof PdfName) || only.name !== 'FlateDecode') {
    throw new PdfSyntaxError('stream filter not supported', 0);
  }
  const params = dict.get('DecodeParms');
  let inflated: Uint8Array;
  try {
    inflated = inflateSync(data);
  } catch {
    throw new PdfSyntaxError('damaged compressed stream', 0);
  }
  return unpredict(inflated, isDict(params) ? params : undefined);
}

export class PdfSource {
  private readonly entries = new Map<number, Entry>();
  private readonly objectStreams = new Map<number, ObjectStream>();
  private readonly lexer: PdfLexer;
  private trailer: PdfDict = new Map();

  private constructor(private readonly bytes: Buffer) {
    this.lexer = new PdfLexer(bytes);
  }

  static open(bytes: Uint8Array): PdfSource {
    const source = new PdfSource(bufferOf(bytes));
    source.readCrossReferences();
    if (source.trailer.has('Encrypt')) throw new PdfSyntaxError('encrypted', 0);
    return source;
  }

  /** The object numbered `num`; undefined when the file has no such object. */
  object(num: number): PdfValue | PdfStream | undefined {
    const entry = this.entries.get(num);
    if (!entry) return undefined;
    if ('offset' in entry) return this.objectAt(entry.offset, num);
    const stream = this.objectStream(entry.stream);
    const offset = stream.offsets.get(num);
    if (offset === undefined) throw new PdfSyntaxError(`object ${num} not in its stream`, 0);
    stream.lexer.pos = offset;
    return stream.lexer.value();
  }

  /** Follows references to the value itself. */
  resolve(value: PdfValue | PdfStream | undefined): PdfValue | PdfStream | undefined {
    let resolved: PdfValue | PdfStream | undefined = value;
    for (let hops = 0; resolved instanceof PdfRef; hops += 1) {
      if (hops > 32) throw new PdfSyntaxError('reference loop', 0);
      resolved = this.object(resolved.num);
    }
    return resolved;
  }

  resolveDict(value: PdfValue | PdfStream | undefined): PdfDict | undefined {
    const resolved = this.resolve(value);
    return isDict(resolved) ? resolved : undefined;
  }

  /** The pages in order, as pdf-lib's getPages finds them (a /Pages node's kids, depth first). */
  pages(): SourcePageRef[] {
    const pages: SourcePageRef[] = [];
    const visited = new Set<number>();
    const walk = (ref: PdfValue | undefined, inherited: PdfDict) => {
      if (!(ref instanceof PdfRef) || visited.has(ref.num)) {
        throw new PdfSyntaxError('malformed page tree', 0);
      }
      visited.add(ref.num);
      const node = this.resolveDict(ref);
      const type = node?.get('Type');
      if (!node || !(type instanceof PdfName)) return;
      if (type.name === 'Page') pages.push({ num: ref.num, inherited });
      if (type.name !== 'Pages') return;
      const passed = new Map(inherited);
      for (const key of INHERITABLE) {
        const value = node.get(key);
        if (value !== undefined) passed.set(key, value);
      }
      const kids = this.resolve(node.get('Kids'));
      for (const kid of Array.isArray(kids) ? kids : []) walk(kid, passed);
    };
    walk(this.resolveDict(this.trailer.get('Root'))?.get('Pages'), new Map());
    return pages;
  }

  private objectAt(offset: number, num: number): PdfValue | PdfStream {
    const lexer = new PdfLexer(this.bytes, offset);
    if (lexer.integer() !== num) throw new PdfSyntaxError(`object ${num} is not here`, offset);
    lexer.integer();
    if (!lexer.keyword('obj')) throw new PdfSyntaxError('expected "obj"', lexer.pos);
    const value = lexer.value();
    if (!isDict(value) || !lexer.keyword('stream')) return value;
    // The data starts after the end of line that follows the keyword.
    if (this.bytes[lexer.pos] === 0x0d) lexer.pos += 1;
    if (this.bytes[lexer.pos] === 0x0a) lexer.pos += 1;
    const start = lexer.pos;
    const length = asNumber(this.resolve(value.get('Length')));
    if (length !== undefined && length >= 0) {
      lexer.pos = start + length;
      if (lexer.keyword('endstream')) {
        return new PdfStream(value, this.bytes.subarray(start, start + length));
      }
    }
    // A wrong /Length: the data ends at the end of line before "endstream".
    let end = this.bytes.indexOf('endstream', start, 'latin1');
    if (end < 0) throw new PdfSyntaxError('unterminated stream', start);
    if (this.bytes[end - 1] === 0x0a) end -= 1;
    if (this.bytes[end - 1] === 0x0d) end -= 1;
    return new PdfStream(value, this.bytes.subarray(start, Math.max(start, end)));
  }

  private objectStream(num: number): ObjectStream {
    let stream = this.objectStreams.get(num);
    if (stream) return stream;
    const entry = this.entries.get(num);
    const object = entry && 'offset' in entry ? this.objectAt(entry.offset, num) : undefined;
    if (!(object instanceof PdfStream)) throw new PdfSyntaxError(`no object stream ${num}`, 0);
    const lexer = new PdfLexer(bufferOf(decodeStream(object)));
    const count = asNumber(object.dict.get('N')) ?? 0;
    const first = asNumber(object.dict.get('First')) ?? 0;
    const offsets = new Map<number, number>();
    for (let i = 0; i < count; i += 1) {
      const objectNum = lexer.integer();
      offsets.set(objectNum, first + lexer.integer());
    }
    stream = { lexer, offsets };
    this.objectStreams.set(num, stream);
    return stream;
  }

  private readCrossReferences(): void {
    const tailStart = Math.max(0, this.bytes.length - 1024);
    const tail = this.bytes.toString('latin1', tailStart);
    const match = /startxref\s+(\d+)(?![\s\S]*startxref)/.exec(tail);
    if (!match) throw new PdfSyntaxError('no startxref', tailStart);
    const seen = new Set<number>();
    let next: number | undefined = Number(match[1]);
    while (next !== undefined) {
      if (seen.has(next)) throw new PdfSyntaxError('cross-reference loop', next);
      seen.add(next);
      const trailer = this.readSection(next);
      if (seen.size === 1) this.trailer = trailer;
      // A hybrid file's cross-reference stream belongs to the same update as its table.
      const hybrid = asNumber(trailer.get('XRefStm'));
      if (hybrid !== undefined) this.readSection(hybrid);
      next = asNumber(trailer.get('Prev'));
    }
  }

  /** Reads one cross-reference section; a newer section's entries win. Returns its trailer. */
  private readSection(offset: number): PdfDict {
    this.lexer.pos = offset;
    if (this.lexer.keyword('xref')) return this.readTable();
    const object = this.objectAt(offset, new PdfLexer(this.bytes, offset).integer());
    if (!(object instanceof PdfStream)) throw new PdfSyntaxError('no xref stream', offset);
    const stream = object;
    const widths = stream.dict.get('W');
    const [w0, w1, w2] = Array.isArray(widths) ? widths.map((w) => asNumber(w) ?? -1) : [];
    if (w0 === undefined || w1 === undefined || w2 === undefined || w0 < 0 || w1 < 0 || w2 < 0) {
      throw new PdfSyntaxError('bad /W', offset);
    }
    const size = asNumber(stream.dict.get('Size')) ?? 0;
    const index = stream.dict.get('Index');
    const ranges = Array.isArray(index) ? index.map((v) => asNumber(v) ?? 0) : [0, size];
    const data = decodeStream(stream);
    const field = (at: number, width: number) => {
      let value = 0;
      for (let i = 0; i < width; i += 1) value = value * 256 + (data[at + i] ?? 0);
      return value;
    };
    let at = 0;
    for (let r = 0; r + 1 < ranges.length; r += 2) {
      const [first = 0, count = 0] = [ranges[r], ranges[r + 1]];
      for (let i = 0; i < count; i += 1, at += w0 + w1 + w2) {
        if (at + w0 + w1 + w2 > data.length) throw new PdfSyntaxError('short xref stream', offset);
        const type = w0 === 0 ? 1 : field(at, w0);
        const second = field(at + w0, w1);
        const third = field(at + w0 + w1, w2);
        const entry =
          type === 1 ? { offset: second } : type === 2 ? { stream: second, index: third } : null;
        if (!this.entries.has(first + i)) this.entries.set(first + i, entry);
      }
    }
    return stream.dict;
  }

  private readTable(): PdfDict {
    const { lexer } = this;
    while (!lexer.keyword('trailer')) {
      const first = lexer.integer();
      const count = lexer.integer();
      for (let i = 0; i < count; i += 1) {
        const offset = lexer.integer();
        lexer.integer();
        const inUse = lexer.keyword('n');
        if (!inUse && !lexer.keyword('f')) throw new PdfSyntaxError('bad xref entry', lexer.pos);
        if (!this.entries.has(first + i)) this.entries.set(first + i, inUse ? { offset } : null);
      }
    }
    const trailer = lexer.value();
    if (!isDict(trailer)) throw new PdfSyntaxError('no trailer dictionary', lexer.pos);
    return trailer;
  }
}
