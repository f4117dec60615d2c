// Reading an upload's body with the size cap enforced while it streams (SPEC §12): a declared
// Content-Length over the cap is refused before a byte is read, and a body that passes the cap
// mid-stream (chunked, or lying about its length) is refused the moment it does, with what
// was read so far dropped. The SHA-256 is computed as the chunks arrive.
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export class BodyTooLargeError extends Error {
  constructor() {
    super('The request body is larger than the limit');
    this.name = 'BodyTooLargeError';
  }
}

export class BodyAbortedError extends Error {
  constructor() {
    super('The client stopped sending the request body');
    this.name = 'BodyAbortedError';
  }
}

export type ReceivedBody = { bytes: Uint8Array; sha256: string };

export function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined || !/^\d+$/.test(header)) return null;
  return Number(header);
}

export function readBodyWithCap(req: IncomingMessage, cap: number): Promise<ReceivedBody> {
  const declared = declaredLength(req);
  if (declared !== null && declared > cap) return Promise.reject(new BodyTooLargeError());
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const hash = createHash('sha256');
    const cleanup = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('aborted', onAborted);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        cleanup();
        chunks = [];
        // Keep nothing more; the caller answers 413 (see http/unread-body.ts).
        req.pause();
        reject(new BodyTooLargeError());
        return;
      }
      hash.update(chunk);
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      resolve({ bytes: Buffer.concat(chunks, size), sha256: hash.digest('hex') });
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onAborted = () => {
      cleanup();
      reject(new BodyAbortedError());
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('aborted', onAborted);
  });
}
