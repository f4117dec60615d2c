import { describe, expect, test } from 'vitest';
import {
  additionalDocumentsIssues,
  documentIssues,
  documentMetaSchema,
  uploadCandidateIssues,
} from './documents';

const pdf = { name: 'Statement of work.pdf', mediaType: 'application/pdf', sizeBytes: 52_000 };

describe('documentIssues', () => {
  test.each([
    pdf,
    { name: 'notes.TXT', mediaType: 'text/plain', sizeBytes: 1 },
    { ...pdf, sizeBytes: 10_485_760 },
  ])('accepts %j', (meta) => {
    expect(documentIssues(meta)).toEqual([]);
  });

  test.each([
    [
      { ...pdf, sizeBytes: 10_485_761 },
      ['sizeBytes'],
      'A file can be at most 10 MB (10,485,760 bytes)',
    ],
    [{ ...pdf, sizeBytes: 0 }, ['sizeBytes'], 'This file is empty'],
    [{ ...pdf, name: 'sow.docx' }, ['name'], 'Only .pdf and .txt files can be added'],
    [{ ...pdf, name: 'pdf' }, ['name'], 'Only .pdf and .txt files can be added'],
    [{ ...pdf, name: '  ' }, ['name'], 'The file needs a name'],
    [{ ...pdf, name: `${'a'.repeat(252)}.pdf` }, ['name'], 'A file name is at most 255 characters'],
    [
      { ...pdf, mediaType: 'image/png' },
      ['mediaType'],
      'Only PDF and plain-text files can be added',
    ],
    [{ ...pdf, name: 'sow.txt' }, ['name'], 'This file is a PDF but its name ends in .txt'],
  ])('refuses %j at %j: %s', (meta, path, message) => {
    expect(documentIssues(meta)).toEqual([{ path, message }]);
  });
});

test('at most 5 additional documents', () => {
  expect(additionalDocumentsIssues(5)).toEqual([]);
  expect(additionalDocumentsIssues(6)).toEqual([
    { path: [], message: 'You can add at most 5 additional documents' },
  ]);
});

test('documentMetaSchema reports per field', () => {
  expect(documentMetaSchema.parse(pdf)).toEqual(pdf);
  const result = documentMetaSchema.safeParse({ ...pdf, sizeBytes: 20_000_000 });
  expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual([
    { path: ['sizeBytes'], message: 'A file can be at most 10 MB (10,485,760 bytes)' },
  ]);
});

test('uploadCandidateIssues checks what the browser knows before uploading', () => {
  expect(uploadCandidateIssues({ name: 'sow.pdf', sizeBytes: 10 })).toEqual([]);
  expect(uploadCandidateIssues({ name: 'sow.png', sizeBytes: 10 })).toEqual([
    { path: ['name'], message: 'Only .pdf and .txt files can be added' },
  ]);
});
