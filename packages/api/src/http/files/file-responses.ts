// How the file routes answer: JSON errors in one shape, `{ error: { code, message, issues } }`
// (the same code, sentence and field paths a tRPC refusal carries), and files with the
// headers a browser needs to show or save them safely.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { documentMessages } from '@offerdesk/core';
import { databaseUnavailableMessage, isDatabaseUnavailable } from '../../database-unavailable';
import { UploadRejectedError } from '../../documents/validate-upload';
import { AppError, HTTP_STATUS, type Issue, internalErrorMessage } from '../../errors';
import { endOnceBodyDiscarded } from '../unread-body';
import { BodyTooLargeError } from './read-body';

export type FileErrorCode =
  | AppError['code']
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INTERNAL';

export type FileErrorBody = {
  error: { code: FileErrorCode; message: string; issues: Issue[] };
};

/**
 * With `refused`, the request this answer refuses: its body may not have been read, and the
 * answer then ends only once it has arrived (http/unread-body.ts).
 */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  refused?: IncomingMessage,
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  if (refused) endOnceBodyDiscarded(refused, res, text);
  else res.end(text);
}

function errorBody(code: FileErrorCode, message: string, issues: Issue[]): FileErrorBody {
  return { error: { code, message, issues } };
}

/** The answer to an error that is not the caller's doing. */
export const INTERNAL_ERROR = {
  status: 500,
  body: errorBody('INTERNAL', internalErrorMessage, []),
};

/** The status and body for a refusal; null for an error that is not the caller's doing. */
export function describeFileError(error: unknown): { status: number; body: FileErrorBody } | null {
  if (error instanceof AppError) {
    return {
      status: HTTP_STATUS[error.code],
      body: errorBody(error.code, error.message, error.issues),
    };
  }
  if (isDatabaseUnavailable(error)) {
    return { status: 503, body: errorBody('UNAVAILABLE', databaseUnavailableMessage, []) };
  }
  if (error instanceof BodyTooLargeError) {
    const message = documentMessages.tooLarge;
    return {
      status: 413,
      body: errorBody('PAYLOAD_TOO_LARGE', message, [{ path: ['file'], message }]),
    };
  }
  if (error instanceof UploadRejectedError) {
    const code: FileErrorCode =
      error.status === 413
        ? 'PAYLOAD_TOO_LARGE'
        : error.status === 415
          ? 'UNSUPPORTED_MEDIA_TYPE'
          : 'INVALID_INPUT';
    return {
      status: error.status,
      body: errorBody(code, error.message, [{ path: error.path, message: error.message }]),
    };
  }
  return null;
}

/** RFC 6266: an ASCII fallback name plus the exact name in UTF-8 (RFC 5987). */
export function contentDisposition(kind: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const exact = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}

export type PdfResponse = {
  bytes: Uint8Array;
  sha256: string;
  fileName: string;
  inline: boolean;
  /** Stored PDFs never change under their hash; a preview is recomposed every time. */
  cache: 'revalidate' | 'no-store';
};

export function pdfHeaders(pdf: Omit<PdfResponse, 'bytes'>, length: number) {
  return {
    'content-type': 'application/pdf',
    'content-length': length,
    'content-disposition': contentDisposition(pdf.inline ? 'inline' : 'attachment', pdf.fileName),
    'x-content-type-options': 'nosniff',
    etag: `"${pdf.sha256}"`,
    'cache-control': pdf.cache === 'no-store' ? 'private, no-store' : 'private, no-cache',
  };
}

/** Writes the PDF from the given bytes as they are (no copy); HEAD gets the headers only. */
export function sendPdf(res: ServerResponse, method: string, pdf: PdfResponse): void {
  res.writeHead(200, pdfHeaders(pdf, pdf.bytes.length));
  res.end(method === 'HEAD' ? undefined : pdf.bytes);
}

/** Whether the request's If-None-Match names this ETag (so a 304 will do). */
export function matchesEtag(header: string | string[] | undefined, sha256: string): boolean {
  if (typeof header !== 'string') return false;
  return header.split(',').some((tag) => {
    const value = tag.trim().replace(/^W\//, '');
    return value === '*' || value === `"${sha256}"`;
  });
}
