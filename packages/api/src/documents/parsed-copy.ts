// Copies a PDF read in place (pdf-source.ts) into the PdfWriter under new object numbers:
// what ObjectCopy does for pdf-lib's objects, for the values pdf-syntax.ts reads. Each object
// is read when it is reached and written at once, so it lives only that long.
import { CopyQueue } from './copy-queue';
import type { PageGeometry } from './page-stamps';
import { PAGE_NUMBER_MARK } from './page-text';
import type { PdfSource, SourcePageRef } from './pdf-source';
import {
  encodeName,
  isDict,
  PdfAtom,
  type PdfDict,
  PdfName,
  PdfRef,
  PdfStream,
  PdfSyntaxError,
  type PdfValue,
} from './pdf-syntax';
import type { PdfWriter } from './pdf-writer';
import { INHERITED_KEYS, PAGE_OWN_KEYS, type PageToCopy } from './write-page';

const STAMP_MARK = PAGE_NUMBER_MARK.asString().slice(1);

export class ParsedCopy extends CopyQueue<number> {
  constructor(
    readonly source: PdfSource,
    writer: PdfWriter,
  ) {
    super(writer);
  }

  /** A direct object as PDF syntax, its references renumbered. */
  value(value: PdfValue): string {
    if (value instanceof PdfName || value instanceof PdfAtom) return value.text;
    if (value instanceof PdfRef) return `${this.numberOf(value.num)} 0 R`;
    if (Array.isArray(value)) return `[${value.map((item) => this.value(item)).join(' ')}]`;
    return `<<${this.entries(value)}>>`;
  }

  /** A dictionary's entries as PDF syntax, leaving out `skip`. */
  entries(dict: PdfDict | undefined, skip: readonly string[] = []): string {
    let text = '';
    for (const [key, value] of dict ?? []) {
      if (!skip.includes(key)) text += ` ${encodeName(key)} ${this.value(value)}`;
    }
    return text;
  }

  protected write(num: number, number: number): boolean {
    const object = this.source.object(num);
    if (object === undefined) {
      // A reference to a missing object means null (PDF 32000 §7.3.10).
      this.writer.writeObject(number, 'null');
    } else if (object instanceof PdfStream) {
      // Copied as stored: compressed data stays compressed, /Length is the bytes' own.
      this.writer.writeStream(number, this.entries(object.dict, ['Length']), object.data);
    } else if (isDict(object) && typeName(object) === 'Pages') {
      // The old page tree, reached through a link rather than a page: it has no place here.
      this.writer.writeObject(number, 'null');
    } else if (isDict(object) && typeName(object) === 'Page') {
      // A page reached through a link but not in the page tree: not a page of this output.
      this.writer.writeObject(number, `<<${this.entries(object, ['Parent'])}>>`);
    } else {
      this.writer.writeObject(number, this.value(object));
    }
    return true;
  }
}

function typeName(dict: PdfDict): string | undefined {
  const type = dict.get('Type');
  return type instanceof PdfName ? type.name : undefined;
}

function numbers(value: PdfValue | PdfStream | undefined, source: PdfSource): number[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const resolved = source.resolve(item);
    return resolved instanceof PdfAtom ? (resolved.number ?? Number.NaN) : Number.NaN;
  });
}

function geometry(source: PdfSource, own: (key: string) => PdfValue | undefined): PageGeometry {
  const crop = numbers(source.resolve(own('CropBox')), source);
  const [x1 = Number.NaN, y1 = Number.NaN, x2 = Number.NaN, y2 = Number.NaN] =
    crop.length === 4 ? crop : numbers(source.resolve(own('MediaBox')), source);
  const rotate = source.resolve(own('Rotate'));
  return {
    box: { x: x1, y: y1, width: x2 - x1, height: y2 - y1 },
    rotation: rotate instanceof PdfAtom ? (rotate.number ?? 0) : 0,
  };
}

/** A page of a PDF read in place, to copy. */
export function parsedPage(copy: ParsedCopy, page: SourcePageRef): PageToCopy {
  const { source } = copy;
  const dict = source.object(page.num);
  if (!isDict(dict)) throw new PdfSyntaxError(`page ${page.num} is not a dictionary`, 0);
  const own = (key: string) => dict.get(key) ?? page.inherited.get(key);
  const resources = source.resolveDict(own('Resources'));
  const fonts = source.resolveDict(resources?.get('Font'));
  const contents = dict.get('Contents');
  const resolved = source.resolve(contents);
  const items = Array.isArray(resolved) ? resolved : contents ? [contents] : [];
  const isStamp = (item: PdfValue) => {
    const stream = source.resolve(item);
    return stream instanceof PdfStream && stream.dict.has(STAMP_MARK);
  };
  let boxes = '';
  for (const key of INHERITED_KEYS) {
    const value = own(key);
    if (value !== undefined) boxes += ` /${key} ${copy.value(value)}`;
  }
  return {
    entries: copy.entries(dict, PAGE_OWN_KEYS),
    boxes,
    resources: copy.entries(resources, ['Font']),
    fonts: (name) => copy.entries(fonts, [name]),
    fontNameTaken: (name) => fonts?.has(name) ?? false,
    contents: items.filter((item) => !isStamp(item)).map((item) => copy.value(item)),
    geometry: geometry(source, own),
  };
}
