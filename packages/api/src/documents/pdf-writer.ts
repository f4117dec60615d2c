// Writes a PDF file front to back, each object as soon as it is complete, so the combined PDF
// never holds more than one source document's objects (combined-pdf.ts). Dictionaries and
// arrays are packed into compressed object streams; streams go out as they are (an uploaded
// image stays compressed, never decoded); a cross-reference stream closes the file (PDF 32000
// §7.5.7, §7.5.8). Object numbers are handed out by `reserve`, so an object can be referred
// to before it is written (the page tree, the "Page N of M" stamps, the fonts).
//
// The bytes go straight into one buffer, sized up front from the inputs and returned as they
// are, so the finished PDF is never copied (chunks joined at the end would hold it twice). A
// fresh buffer's pages take memory only once written, so sizing it generously costs nothing;
// a PDF that outgrows it moves to one twice as large.
import { deflateSync } from 'node:zlib';

/** Text written into the file: PDF syntax is bytes, and every character here is one byte. */
const bytesOf = (text: string) => Buffer.from(text, 'latin1');
const MIN_CAPACITY = 64 * 1024;

// qpdf's choice: big enough to compress well, small enough that a reader unpacks little to
// reach one object.
const OBJECTS_PER_STREAM = 100;
/** Widths of the cross-reference stream's fields: type, offset or stream number, index. */
const XREF_WIDTHS = [1, 4, 2] as const;
const NOT_WRITTEN = -1;

export type WriterCheckpoint = { length: number; objectCount: number };
type ObjectStream = { number: number; objects: { number: number; body: string }[] };

export class PdfWriter {
  private buffer: Buffer;
  private length = 0;
  private objectCount = 1;
  /** Per object number: its byte offset, or NOT_WRITTEN; or the object stream holding it. */
  private readonly offsets: number[] = [NOT_WRITTEN];
  private readonly containers: number[] = [0];
  private readonly indexes: number[] = [0];
  private objectStream: ObjectStream | null = null;

  /** `expectedBytes`: about how large the PDF will be (more is free, less costs a copy). */
  constructor(expectedBytes: number) {
    this.buffer = Buffer.alloc(Math.max(MIN_CAPACITY, expectedBytes));
    // The binary comment tells tools the file holds bytes above 127 (PDF 32000 §7.5.2).
    this.append('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n');
  }

  /** A new object number, to be written later with writeObject or writeStream. */
  reserve(): number {
    const number = this.objectCount;
    this.objectCount += 1;
    this.offsets.push(NOT_WRITTEN);
    this.containers.push(0);
    this.indexes.push(0);
    return number;
  }

  /** A dictionary, array or other direct object, given as PDF syntax. */
  writeObject(number: number, body: string): void {
    let stream = this.objectStream;
    if (!stream) {
      stream = { number: this.reserve(), objects: [] };
      this.objectStream = stream;
    }
    this.containers[number] = stream.number;
    this.indexes[number] = stream.objects.length;
    stream.objects.push({ number, body });
    if (stream.objects.length === OBJECTS_PER_STREAM) this.writeObjectStream();
  }

  /** A stream: its dictionary's entries (without /Length, which is added) and its bytes. */
  writeStream(number: number, dictEntries: string, contents: Uint8Array): void {
    this.offsets[number] = this.length;
    this.append(`${number} 0 obj\n<<${dictEntries} /Length ${contents.length}>>\nstream\n`);
    this.appendBytes(contents);
    this.append('\nendstream\nendobj\n');
  }

  /** A point to go back to if what is written next has to be taken back. */
  checkpoint(): WriterCheckpoint {
    this.writeObjectStream();
    return { length: this.length, objectCount: this.objectCount };
  }

  /** Forgets everything written and every number reserved since the checkpoint. */
  rollback(checkpoint: WriterCheckpoint): void {
    this.objectStream = null;
    this.length = checkpoint.length;
    this.objectCount = checkpoint.objectCount;
    for (const list of [this.offsets, this.containers, this.indexes]) {
      list.length = checkpoint.objectCount;
    }
  }

  /** Closes the file; `trailerEntries` are /Root, /Info and /ID. Returns the whole PDF. */
  finish(trailerEntries: string): Uint8Array {
    this.writeObjectStream();
    const xrefNumber = this.reserve();
    const xrefOffset = this.length;
    this.offsets[xrefNumber] = xrefOffset;
    const table = this.crossReferenceTable();
    const dict = `/Type /XRef /Size ${this.objectCount} /W [${XREF_WIDTHS.join(' ')}] ${trailerEntries} /Filter /FlateDecode`;
    this.writeStream(xrefNumber, dict, deflateSync(table));
    this.append(`startxref\n${xrefOffset}\n%%EOF\n`);
    return this.buffer.subarray(0, this.length);
  }

  private writeObjectStream(): void {
    const stream = this.objectStream;
    if (!stream) return;
    this.objectStream = null;
    const header: string[] = [];
    const bodies: string[] = [];
    let offset = 0;
    for (const { number, body } of stream.objects) {
      header.push(`${number} ${offset}`);
      bodies.push(body);
      offset += body.length + 1;
    }
    const first = `${header.join(' ')}\n`;
    const contents = deflateSync(bytesOf(`${first}${bodies.join('\n')}\n`));
    const dict = `/Type /ObjStm /N ${stream.objects.length} /First ${first.length} /Filter /FlateDecode`;
    this.writeStream(stream.number, dict, contents);
  }

  private crossReferenceTable(): Uint8Array {
    const [typeWidth, fieldWidth, indexWidth] = XREF_WIDTHS;
    const rowWidth = typeWidth + fieldWidth + indexWidth;
    const table = Buffer.alloc(this.objectCount * rowWidth);
    // Object 0 heads the (empty) list of free objects, with generation 65535.
    table.writeUInt16BE(0xffff, typeWidth + fieldWidth);
    for (let number = 1; number < this.objectCount; number += 1) {
      const row = number * rowWidth;
      const offset = this.offsets[number] ?? NOT_WRITTEN;
      if (offset !== NOT_WRITTEN) {
        table.writeUInt8(1, row);
        table.writeUInt32BE(offset, row + typeWidth);
      } else if (this.containers[number]) {
        table.writeUInt8(2, row);
        table.writeUInt32BE(this.containers[number] ?? 0, row + typeWidth);
        table.writeUInt16BE(this.indexes[number] ?? 0, row + typeWidth + fieldWidth);
      } else {
        throw new Error(`PDF object ${number} was reserved but never written`);
      }
    }
    return table;
  }

  private append(text: string): void {
    this.makeRoom(text.length);
    this.length += this.buffer.write(text, this.length, 'latin1');
  }

  private appendBytes(bytes: Uint8Array): void {
    this.makeRoom(bytes.length);
    this.buffer.set(bytes, this.length);
    this.length += bytes.length;
  }

  private makeRoom(bytes: number): void {
    if (this.length + bytes <= this.buffer.length) return;
    const grown = Buffer.alloc(Math.max(2 * this.buffer.length, this.length + bytes));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
}
