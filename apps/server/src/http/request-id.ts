import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

// A proxy in front may already have named the request; keep its ID so logs line up, but only
// when it looks like an ID (it is echoed into a header and into logs).
const SAFE_ID = /^[A-Za-z0-9._-]{8,128}$/;

export function requestIdFor(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && SAFE_ID.test(incoming) ? incoming : randomUUID();
}
