// Offer documents (SPEC §4, guide step 6): the ISV EULA first, then up to 5 additional .pdf
// or .txt files of at most 10 MB each. The media type is what the content turned out to be
// (see sniffDocumentMediaType), so a name that says otherwise is refused as misleading.

import { z } from 'zod';
import type { Issue } from '../errors';
import { MAX_ADDITIONAL_DOCUMENTS, MAX_DOCUMENT_BYTES } from '../limits';
import { documentMessages } from '../messages';
import { DOCUMENT_MEDIA_TYPES, type DocumentMediaType } from './enums';

export const MAX_DOCUMENT_NAME_LENGTH = 255;

const EXTENSIONS: Record<string, DocumentMediaType> = {
  '.pdf': 'application/pdf',
  '.txt': 'text/plain',
};
const KIND_IN_WORDS: Record<DocumentMediaType, string> = {
  'application/pdf': 'a PDF',
  'text/plain': 'plain text',
};

export type DocumentMeta = { name: string; mediaType: string; sizeBytes: number };

/** The lower-case extension including the dot ('.pdf'), or '' when the name has none. */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot).toLowerCase();
}

/** Problems with one document's name, type and size; paths are the meta's field names. */
export function documentIssues(meta: DocumentMeta): Issue[] {
  const issues: Issue[] = [];
  const name = meta.name.trim();
  const expected = EXTENSIONS[fileExtension(name)];
  if (name === '') issues.push({ path: ['name'], message: documentMessages.nameEmpty });
  else if ([...name].length > MAX_DOCUMENT_NAME_LENGTH) {
    issues.push({ path: ['name'], message: documentMessages.nameTooLong });
  } else if (!expected) issues.push({ path: ['name'], message: documentMessages.extension });
  const mediaType = DOCUMENT_MEDIA_TYPES.find((type) => type === meta.mediaType);
  if (!mediaType) issues.push({ path: ['mediaType'], message: documentMessages.mediaType });
  else if (expected && expected !== mediaType) {
    const message = documentMessages.extensionMismatch(
      fileExtension(name),
      KIND_IN_WORDS[mediaType],
    );
    issues.push({ path: ['name'], message });
  }
  if (!Number.isSafeInteger(meta.sizeBytes) || meta.sizeBytes < 1) {
    issues.push({ path: ['sizeBytes'], message: documentMessages.empty });
  } else if (meta.sizeBytes > MAX_DOCUMENT_BYTES) {
    issues.push({ path: ['sizeBytes'], message: documentMessages.tooLarge });
  }
  return issues;
}

export const documentMetaSchema = z
  .object({
    name: z.string({ error: documentMessages.nameEmpty }),
    mediaType: z.string({ error: documentMessages.mediaType }),
    sizeBytes: z.number({ error: documentMessages.empty }),
  })
  .superRefine((meta, ctx) => {
    for (const issue of documentIssues(meta)) {
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
    }
  });

/** Whether one more additional document fits; the EULA does not count. */
export function additionalDocumentsIssues(count: number): Issue[] {
  return count > MAX_ADDITIONAL_DOCUMENTS ? [{ path: [], message: documentMessages.tooMany }] : [];
}

/** A check on the client before uploading: name and size as the browser reports them. */
export function uploadCandidateIssues(file: { name: string; sizeBytes: number }): Issue[] {
  const mediaType = EXTENSIONS[fileExtension(file.name.trim())] ?? '';
  return documentIssues({ ...file, mediaType }).filter((issue) => issue.path[0] !== 'mediaType');
}
