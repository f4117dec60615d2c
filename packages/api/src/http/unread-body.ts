// Answering a request before its body has been read: a refusal (413 past a size cap, a
// missing session or CSRF token, a wrong method) is known as soon as the headers are.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** How much of an unread or refused body is discarded, at most, before the socket is cut. */
const LINGER_BYTES = 16 * 1024 * 1024;
const LINGER_MS = 5_000;

/**
 * Answers a request whose body was not (fully) read — a refusal, or 413. The answer goes out at
 * once, with its length, so a client that reads while it sends has it; the response is ended
 * only once the rest of the body has arrived, discarded as it comes.
 * Ending it sooner closes a `Connection: close` socket with bytes still arriving, the kernel
 * resets it, and a client still writing sees the reset instead of the answer (browsers, fetch
 * and Node alike). Only up to 16 MiB or 5 seconds are discarded; past that the socket is cut.
 * (Node would otherwise drain an unread body of any size.)
 */
export function endOnceBodyDiscarded(
  req: IncomingMessage,
  res: ServerResponse,
  answer: string | Uint8Array = '',
): void {
  if (req.complete || req.destroyed) {
    res.end(answer);
    return;
  }
  // Written before the body has all arrived: its length tells the client where it ends.
  if (!res.headersSent) res.setHeader('content-length', Buffer.byteLength(answer));
  if (answer.length > 0) res.write(answer);
  else res.flushHeaders();
  let discarded = 0;
  const cut = () => {
    clearTimeout(timer);
    req.socket.destroy();
  };
  const timer = setTimeout(cut, LINGER_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > LINGER_BYTES) cut();
  });
  req.once('end', () => {
    clearTimeout(timer);
    res.end();
  });
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
