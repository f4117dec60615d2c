// Uploads a file as the raw request body (the file routes take no multipart) with
// XMLHttpRequest, whose upload events report progress — fetch cannot yet. The file name goes
// percent-encoded in X-File-Name; the CSRF cookie is echoed like every mutation.
import { CSRF_COOKIE, CSRF_HEADER, type FieldIssue, readCookie } from '@offerdesk/ui';

export class UploadError extends Error {
  readonly status: number;
  readonly issues: FieldIssue[];

  constructor(message: string, status: number, issues: FieldIssue[] = []) {
    super(message);
    this.name = 'UploadError';
    this.status = status;
    this.issues = issues;
  }
}

type ErrorBody = { error?: { message?: string; issues?: FieldIssue[] } };

function readError(xhr: XMLHttpRequest): UploadError {
  let body: ErrorBody = {};
  try {
    body = JSON.parse(xhr.responseText) as ErrorBody;
  } catch {
    // Not JSON (a proxy's page): the status line will have to do.
  }
  const message =
    body.error?.message ??
    (xhr.status === 0
      ? 'Offerdesk cannot be reached. Check your connection and try again.'
      : `The upload failed (HTTP ${xhr.status}).`);
  return new UploadError(message, xhr.status, body.error?.issues ?? []);
}

export type UploadOptions = {
  url: string;
  file: File;
  /** 0…1 as the body goes out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

export function uploadFile<T>({ url, file, onProgress, signal }: UploadOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
    const token = readCookie(CSRF_COOKIE);
    if (token) xhr.setRequestHeader(CSRF_HEADER, token);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        try {
          resolve(JSON.parse(xhr.responseText) as T);
        } catch {
          reject(new UploadError('The server answered with something unexpected.', xhr.status));
        }
      } else {
        reject(readError(xhr));
      }
    };
    xhr.onerror = () => reject(readError(xhr));
    xhr.onabort = () => reject(new UploadError('The upload was stopped.', 0));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
