import { expect, test } from 'vitest';
import { isUtf8TextWithoutNul, sniffDocumentMediaType } from './document-content';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
// "é — € 漢" in UTF-8, written out so the test does not lean on TextEncoder.
const unicodeText = bytes(
  0xc3,
  0xa9,
  0x20,
  0xe2,
  0x80,
  0x94,
  0x20,
  0xe2,
  0x82,
  0xac,
  0x20,
  0xe6,
  0xbc,
  0xa2,
);

test('a PDF is recognised by its header, even after leading junk', () => {
  expect(sniffDocumentMediaType(ascii('%PDF-1.7\n...'))).toBe('application/pdf');
  expect(sniffDocumentMediaType(ascii('\n\n%PDF-1.4'))).toBe('application/pdf');
  expect(sniffDocumentMediaType(ascii('%PDF'))).toBe('text/plain'); // no header, but fine text
});

test('text must be UTF-8 without NUL bytes', () => {
  expect(sniffDocumentMediaType(unicodeText)).toBe('text/plain');
  expect(sniffDocumentMediaType(ascii('Statement of work\n'))).toBe('text/plain');
  expect(sniffDocumentMediaType(bytes(0x41, 0x00, 0x42))).toBeNull();
  expect(sniffDocumentMediaType(bytes(0xe9, 0x74, 0xe9))).toBeNull(); // Latin-1 "été"
  expect(sniffDocumentMediaType(bytes())).toBeNull();
});

test.each([
  [[0xc0, 0xaf], 'overlong'],
  [[0xed, 0xa0, 0x80], 'surrogate'],
  [[0xf4, 0x90, 0x80, 0x80], 'above U+10FFFF'],
  [[0xe2, 0x82], 'truncated'],
  [[0x80], 'stray continuation'],
])('refuses %j (%s)', (sequence) => {
  expect(isUtf8TextWithoutNul(bytes(...sequence))).toBe(false);
});

test('accepts 4-byte sequences and a BOM', () => {
  expect(isUtf8TextWithoutNul(bytes(0xef, 0xbb, 0xbf, 0xf0, 0x9f, 0x9a, 0x80))).toBe(true);
});
