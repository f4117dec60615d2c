// Copies a pdf-lib document's objects into the PdfWriter under new object numbers, each as
// soon as it is reached, instead of building a copy in memory first (pdf-lib's copyPages: the
// whole copy then lives until save). Used for what is drawn here (cover, typeset text, fonts)
// and for an upload only pdf-lib can read (combined-pdf-writer.ts).
import {
  PDFArray,
  type PDFContext,
  PDFDict,
  PDFInvalidObject,
  PDFName,
  type PDFObject,
  type PDFPage,
  PDFPageLeaf,
  PDFPageTree,
  PDFRawStream,
  PDFRef,
  PDFStream,
} from 'pdf-lib';
import { CopyQueue } from './copy-queue';
import { isPageNumberStamp, pdfLibGeometry } from './page-stamps';
import type { PdfWriter } from './pdf-writer';
import { INHERITED_KEYS, PAGE_OWN_KEYS, type PageToCopy } from './write-page';

const RESOURCES = PDFName.of('Resources');
const FONT = PDFName.of('Font');
const CONTENTS = PDFName.of('Contents');

export type ObjectCopyOptions = {
  /**
   * What a reference to a missing object means: `null` in an uploaded PDF (PDF 32000 §7.3.10);
   * in the drawing document, an object not made yet (a font, embedded at the end).
   */
  missing: 'null' | 'later';
  /** Drop each object from the source once written (the drawing document keeps growing). */
  forgetWritten: boolean;
};

export class ObjectCopy extends CopyQueue<PDFRef> {
  constructor(
    readonly source: PDFContext,
    writer: PdfWriter,
    private readonly options: ObjectCopyOptions,
  ) {
    super(writer);
  }

  /** The caller has written this object (a page): the source may let go of it. */
  written(ref: PDFRef): void {
    if (this.options.forgetWritten) this.source.delete(ref);
  }

  /** A direct object as PDF syntax, its references renumbered. */
  value(object: PDFObject): string {
    if (object instanceof PDFRef) return `${this.numberOf(object)} 0 R`;
    if (object instanceof PDFDict) return `<<${this.entries(object)}>>`;
    if (object instanceof PDFArray) {
      return `[${object
        .asArray()
        .map((item) => this.value(item))
        .join(' ')}]`;
    }
    if (object instanceof PDFStream) {
      // A stream must be an indirect object; a malformed file may have one inline.
      const number = this.writer.reserve();
      this.writeObject(number, object);
      return `${number} 0 R`;
    }
    if (object instanceof PDFInvalidObject) {
      // Bytes pdf-lib could not parse, kept as they were (a reader may still make sense of them).
      const bytes = Buffer.alloc(object.sizeInBytes());
      object.copyBytesInto(bytes, 0);
      return bytes.toString('latin1');
    }
    return object.toString();
  }

  /** A dictionary's entries as PDF syntax, leaving out `skip` (names without the slash). */
  entries(dict: PDFDict | undefined, skip: readonly string[] = []): string {
    let text = '';
    for (const [key, value] of dict?.entries() ?? []) {
      const name = key.asString();
      if (skip.length === 0 || !skip.includes(name.slice(1))) {
        text += ` ${name} ${this.value(value)}`;
      }
    }
    return text;
  }

  protected write(ref: PDFRef, number: number): boolean {
    const object = this.source.lookup(ref);
    if (object === undefined && this.options.missing === 'later') return false;
    this.writeObject(number, object);
    this.written(ref);
    return true;
  }

  private writeObject(number: number, object: PDFObject | undefined): void {
    if (object === undefined || object instanceof PDFPageTree) {
      // Missing means null; the old page tree, reached through a link, has no place here.
      this.writer.writeObject(number, 'null');
    } else if (object instanceof PDFStream) {
      // Copied as stored: compressed data stays compressed, /Length is the bytes' own.
      const contents = object instanceof PDFRawStream ? object.contents : object.getContents();
      this.writer.writeStream(number, this.entries(object.dict, ['Length']), contents);
    } else if (object instanceof PDFPageLeaf) {
      // A page reached through a link rather than the page tree: not a page of this output.
      this.writer.writeObject(number, `<<${this.entries(object, ['Parent'])}>>`);
    } else {
      this.writer.writeObject(number, this.value(object));
    }
  }
}

/** A page of a pdf-lib document (one drawn here, or an upload pdf-lib had to read) to copy. */
export function pdfLibPage(copy: ObjectCopy, page: PDFPage, stampFont: PDFRef): PageToCopy {
  const { node } = page;
  const lookup = (value: PDFObject | undefined) => copy.source.lookup(value);
  const resources = copy.source.lookupMaybe(node.getInheritableAttribute(RESOURCES), PDFDict);
  const fonts = resources?.lookupMaybe(FONT, PDFDict);
  const contents = node.get(CONTENTS);
  const resolved = lookup(contents);
  const items = resolved instanceof PDFArray ? resolved.asArray() : contents ? [contents] : [];
  let boxes = '';
  for (const key of INHERITED_KEYS) {
    const value = node.getInheritableAttribute(PDFName.of(key));
    if (value) boxes += ` /${key} ${copy.value(value)}`;
  }
  return {
    entries: copy.entries(node, PAGE_OWN_KEYS),
    boxes,
    resources: copy.entries(resources, ['Font']),
    fonts: (name) => copy.entries(fonts, [name]),
    fontNameTaken: (name) => {
      const font = fonts?.get(PDFName.of(name));
      return font !== undefined && font !== stampFont;
    },
    contents: items.filter((item) => !isPageNumberStamp(lookup(item))).map((i) => copy.value(i)),
    geometry: pdfLibGeometry(page),
  };
}
