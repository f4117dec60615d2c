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
 * reads the answer, on a connection it asked to close. A reset from the server while it sends
 * rejects, as the browser would fail the request.
 */
function sendSlowly(path: string, bytes: number): Promise<{ status: number; body: string }> {
  const { port } = new URL(t.baseUrl);
  const socket = connect(Number(port), '127.0.0.1');
  socket.pause();
  return new Promise((resolve, reject) => {
    socket.on('error', reject);
    const received: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => received.push(chunk));
    socket.on('end', () => {
      const text = Buffer.concat(received).toString();
      const [head = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body });
    });
    socket.write(
      `POST ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n` +
        `content-type: application/json\r\ncontent-length: ${bytes}\r\n\r\n`,
    );
    let sent = 0;
    const next = () => {
      if (sent >= bytes) return void socket.resume();
      const piece = Math.min(CHUNK, bytes - sent);
      sent += piece;
      socket.write(Buffer.alloc(piece, 0x61), (error) => {
        if (!error) setTimeout(next, 5);
      });
    };
    next();
  });
}

describe('a refused request whose client is still sending its body', () => {
  it('reads 413 from tRPC past the 2 MB cap', async () => {
    const answer = await sendSlowly('/trpc/offers.removeDocument', 3 * 1024 * 1024);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body).error.data.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads 403 from an upload sent without a session or CSRF token', async () => {
    const answer = await sendSlowly('/files/offers/offer-x/documents', 2 * 1024 * 1024);
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('FORBIDDEN');
  });

  it('reads 405 from a download route sent a POST', async () => {
    const answer = await sendSlowly('/files/contracts/standard.pdf', 2 * 1024 * 1024);
    expect(answer.status).toBe(405);
    expect(answer.body).toBe('');
  });
});
