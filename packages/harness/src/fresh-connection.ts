// One HTTP request on a TCP connection of its own, closed after the answer (node:http without
// an agent), where fetch would reuse its pool's keep-alive sockets: a hundred racing calls then
// reach the server as a hundred clients would.
import { request } from 'node:http';

export type FreshAnswer = {
  status: number;
  body: unknown;
  headers: Headers;
  /** The client side's port: distinct ports prove distinct connections. */
  localPort: number;
};

export type FreshRequest = { method: string; headers: Headers; body?: string | undefined };

export function requestOnFreshConnection(url: string, init: FreshRequest): Promise<FreshAnswer> {
  const headers: Record<string, string> = { connection: 'close' };
  init.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (init.body !== undefined) headers['content-length'] = String(Buffer.byteLength(init.body));
  return new Promise((resolve, reject) => {
    const req = request(url, { method: init.method, headers, agent: false }, (res) => {
      const localPort = res.socket.localPort ?? 0;
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown = text;
        try {
          body = JSON.parse(text);
        } catch {
          // not JSON: keep the text
        }
        const answerHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          for (const one of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
            answerHeaders.append(name, one);
          }
        }
        resolve({ status: res.statusCode ?? 0, body, headers: answerHeaders, localPort });
      });
    });
    req.on('error', reject);
    req.end(init.body);
  });
}
