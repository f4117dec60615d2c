// Serves one built SPA (apps/<name>/dist) under its URL prefix: real files with their content
// type, hashed /assets/ cached for a year, index.html revalidated every time, and any other
// path without a file extension answered with index.html so the SPA's router can take it.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { contentTypeFor, isCompressible } from './content-types';

export type SpaMount = {
  /** URL prefix with both slashes, e.g. "/seller/". */
  prefix: string;
  /** Absolute path of the Vite build output. */
  distDir: string;
  /** Shown when the SPA has not been built yet. */
  label: string;
};

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const MIN_GZIP_BYTES = 1024;

type FileInfo = { path: string; size: number; mtimeMs: number };

async function findFile(path: string): Promise<FileInfo | null> {
  try {
    const info = await stat(path);
    return info.isFile() ? { path, size: info.size, mtimeMs: info.mtimeMs } : null;
  } catch {
    return null;
  }
}

/** The file a URL path names inside distDir, or null when it tries to leave distDir. */
function resolveInside(distDir: string, relativeUrlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relativeUrlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const candidate = normalize(join(distDir, decoded));
  return candidate === distDir || candidate.startsWith(distDir + sep) ? candidate : null;
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Cache-Control', 'no-store');
  res.end(text);
}

async function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  file: FileInfo,
  cacheControl: string,
): Promise<void> {
  const contentType = contentTypeFor(file.path);
  const etag = `W/"${file.size.toString(36)}-${Math.floor(file.mtimeMs).toString(36)}"`;
  res.setHeader('Content-Type', contentType);
  res.setHeader('Cache-Control', cacheControl);
  res.setHeader('ETag', etag);
  if (req.headers['if-none-match'] === etag) {
    res.statusCode = 304;
    res.end();
    return;
  }
  const gzip =
    isCompressible(contentType) &&
    file.size >= MIN_GZIP_BYTES &&
    /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  res.setHeader('Vary', 'Accept-Encoding');
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  else res.setHeader('Content-Length', file.size);
  res.statusCode = 200;
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const source = createReadStream(file.path);
  try {
    await (gzip ? pipeline(source, createGzip(), res) : pipeline(source, res));
  } catch (error) {
    if (clientWentAway(res, error)) return;
    throw error;
  }
}

/**
 * A browser that navigates away mid-file closes the connection, and pipeline() rejects with a
 * premature close: nothing failed on our side (the request log records the request as closed
 * early). A file that cannot be read fails with its own error and stays an error.
 */
function clientWentAway(res: ServerResponse, error: unknown): boolean {
  return (
    res.destroyed &&
    !res.writableFinished &&
    (error as NodeJS.ErrnoException | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE'
  );
}

/** Handles the request when its path is under the mount's prefix; resolves false otherwise. */
export async function serveSpa(
  mount: SpaMount,
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
): Promise<boolean> {
  if (pathname === mount.prefix.slice(0, -1)) {
    res.statusCode = 308;
    res.setHeader('Location', mount.prefix);
    res.end();
    return true;
  }
  if (!pathname.startsWith(mount.prefix)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed');
    return true;
  }
  const indexFile = await findFile(join(mount.distDir, 'index.html'));
  if (!indexFile) {
    sendText(res, 503, `The ${mount.label} is not built yet: run "pnpm build" and restart.`);
    return true;
  }
  const relative = pathname.slice(mount.prefix.length);
  const target = resolveInside(mount.distDir, relative);
  if (target === null) {
    sendText(res, 400, 'Bad path');
    return true;
  }
  const file = relative === '' ? null : await findFile(target);
  if (file && file.path !== indexFile.path) {
    const hashed = relative.startsWith('assets/');
    await sendFile(req, res, file, hashed ? IMMUTABLE : REVALIDATE);
    return true;
  }
  // A missing script or image must be a 404, not index.html served as JavaScript.
  if (relative !== '' && extname(relative) !== '') {
    sendText(res, 404, 'Not found');
    return true;
  }
  await sendFile(req, res, indexFile, REVALIDATE);
  return true;
}
