// A request refused before its body is read — too large, signed out, the wrong method — is
// answered, and the client reads that answer even when it is still sending (slowly, on a
// connection it asked to close): the server ends the answer only once the body has arrived.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';

const t = await startTestApi();

const CHUNK = 64 * 1024;

/**
 * A client like a browser's: it sends the whole body (in 64 KiB pieces, 5 ms apart) before it
 * reads the answer. A reset from the server while it sends rejects, as the browser would fail
 * the request. By default it asks to close the connection; with `next`, it keeps it open and
 * sends that request on it after the body (the server closes once it has answered it).
 */
function sendSlowly(path: string, bytes: number, next?: string): Promise<string> {
  const { port } = new URL(t.baseUrl);
  const socket = connect(Number(port), '127.0.0.1');
  socket.pause();
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => resolve(Buffer.concat(received).toString()));
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: ${next ? 'keep-alive' : 'close'}\r\n` +
        `content-type: application/json\r\ncontent-length: ${bytes}\r\n\r\n`,
    );
    let sent = 0;
    const sendPiece = () => {
      if (sent >= bytes) {
        if (next) socket.write(next);
        return void socket.resume();
      }
      const piece = Math.min(CHUNK, bytes - sent);
      sent += piece;
      socket.write(Buffer.alloc(piece, 0x61), (error) => {
        if (!error) setTimeout(sendPiece, 5);
      });
    };
    sendPiece();
  });
}

/** The first answer in what the server sent: its status, headers and body. */
function firstAnswer(text: string) {
  const [head = '', rest = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = new Map(
    lines.map((line) => [
      line.slice(0, line.indexOf(':')).toLowerCase(),
      line.slice(line.indexOf(':') + 1).trim(),
    ]),
  );
  const length = Number(headers.get('content-length') ?? rest.length);
  return { status: Number(statusLine.split(' ')[1]), headers, body: rest.slice(0, length) };
}

describe('a refused request whose client is still sending its body', () => {
  it('reads 413 from tRPC past the 2 MB cap', async () => {
    const answer = firstAnswer(await sendSlowly('/trpc/offers.removeDocument', 3 * 1024 * 1024));
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.data.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads 403 from an upload sent without a session or CSRF token', async () => {
    const answer = firstAnswer(
      await sendSlowly('/files/offers/offer-x/documents', 2 * 1024 * 1024),
    );
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('FORBIDDEN');
  });

  it('reads 405 from a download route sent a POST', async () => {
    const answer = firstAnswer(await sendSlowly('/files/contracts/standard.pdf', 2 * 1024 * 1024));
    expect(answer.status).toBe(405);
    expect(answer.body).toBe('');
  });

  it('answers the next request on a kept-alive connection once the refused body has arrived', async () => {
    const health = 'GET /trpc/health HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n';
    const text = await sendSlowly('/files/contracts/standard.pdf', 2 * 1024 * 1024, health);
    expect(firstAnswer(text).status).toBe(405);
    const second = text.slice(text.indexOf('HTTP/1.1', 1));
    expect(firstAnswer(second).status).toBe(200);
  });
});

describe('an answer to HEAD', () => {
  it('is a 204 without a Content-Length (a 204 carries none)', async () => {
    const answer = await fetch(`${t.baseUrl}/trpc/auth.me`, { method: 'HEAD' });
    expect(answer.status).toBe(204);
    expect(answer.headers.get('content-length')).toBeNull();
  });
});
