// Recognising an upload by its bytes, not its name (SPEC §4): a PDF starts with the PDF
// header, a text file is valid UTF-8 without NUL bytes. Pure, so the seller console can warn
// before uploading; the server still parses PDFs fully (and refuses encrypted ones).

import type { DocumentMediaType } from './schemas/enums';

const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
/** PDF readers accept the header within the first 1024 bytes (junk before it is allowed). */
const PDF_HEADER_WINDOW = 1024;

export function hasPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length - PDF_HEADER.length, PDF_HEADER_WINDOW);
  for (let start = 0; start <= last; start += 1) {
    if (PDF_HEADER.every((byte, offset) => bytes[start + offset] === byte)) return true;
  }
  return false;
}

/** Length of a UTF-8 sequence led by `lead`, with the allowed range of its second byte. */
function sequenceShape(lead: number): { length: number; min: number; max: number } | null {
  if (lead >= 0xc2 && lead <= 0xdf) return { length: 2, min: 0x80, max: 0xbf };
  if (lead === 0xe0) return { length: 3, min: 0xa0, max: 0xbf }; // no overlong forms
  if (lead === 0xed) return { length: 3, min: 0x80, max: 0x9f }; // no surrogates
  if (lead >= 0xe1 && lead <= 0xef) return { length: 3, min: 0x80, max: 0xbf };
  if (lead === 0xf0) return { length: 4, min: 0x90, max: 0xbf };
  if (lead >= 0xf1 && lead <= 0xf3) return { length: 4, min: 0x80, max: 0xbf };
  if (lead === 0xf4) return { length: 4, min: 0x80, max: 0x8f }; // at most U+10FFFF
  return null;
}

/** Well-formed UTF-8 (per the Unicode standard's table 3-7) containing no NUL byte. */
export function isUtf8TextWithoutNul(bytes: Uint8Array): boolean {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead === 0x00) return false;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    const shape = sequenceShape(lead);
    if (!shape || index + shape.length > bytes.length) return false;
    const second = bytes[index + 1] ?? 0;
    if (second < shape.min || second > shape.max) return false;
    for (let offset = 2; offset < shape.length; offset += 1) {
      const next = bytes[index + offset] ?? 0;
      if (next < 0x80 || next > 0xbf) return false;
    }
    index += shape.length;
  }
  return true;
}

/** What the content is, or null when it is neither a PDF nor acceptable text. */
export function sniffDocumentMediaType(bytes: Uint8Array): DocumentMediaType | null {
  if (hasPdfHeader(bytes)) return 'application/pdf';
  if (bytes.length > 0 && isUtf8TextWithoutNul(bytes)) return 'text/plain';
  return null;
}
