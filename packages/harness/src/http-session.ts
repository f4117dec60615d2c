// A browser's view of the API for one origin: a cookie jar, the CSRF header the SPAs echo from
// the readable cookie, and tRPC's plain HTTP shapes (GET for queries, POST for mutations; no
// transformer, no batching).
import { type FreshAnswer, requestOnFreshConnection } from './fresh-connection';

const CSRF_COOKIE = 'offerdesk_csrf';

export type HttpAnswer = { status: number; body: unknown; headers: Headers };

type TrpcError = { error: { message: string; data?: { code?: string; path?: string } } };

/** A refused call, with tRPC's code (e.g. NOT_FOUND) and the HTTP status. */
export class TrpcCallError extends Error {
  constructor(
    readonly path: string,
    readonly status: number,
    readonly code: string,
    readonly body: unknown,
  ) {
    super(`${path}: ${status} ${code} ${JSON.stringify(body)}`);
  }
}

export class HttpSession {
  readonly cookies = new Map<string, string>();

  constructor(readonly baseUrl: string) {}

  async fetch(path: string, init: RequestInit = {}, options = { csrf: true }): Promise<Response> {
    const headers = this.headersFor(init.headers, options.csrf);
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers });
    this.remember(response.headers.getSetCookie());
    return response;
  }

  /**
   * A mutation on a TCP connection of its own instead of fetch's keep-alive pool: concurrent
   * calls then arrive as separate clients (tabs, devices) would. `localPort` tells them apart.
   */
  async mutateOnFreshConnection(path: string, input?: unknown): Promise<FreshAnswer> {
    const headers = this.headersFor({ 'content-type': 'application/json' }, true);
    const answer = await requestOnFreshConnection(`${this.baseUrl}/trpc/${path}`, {
      method: 'POST',
      headers,
      body: input === undefined ? undefined : JSON.stringify(input),
    });
    this.remember(answer.headers.getSetCookie());
    return answer;
  }

  private headersFor(init: RequestInit['headers'], csrf: boolean): Headers {
    const headers = new Headers(init);
    if (this.cookies.size > 0) {
      headers.set(
        'cookie',
        [...this.cookies].map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('; '),
      );
    }
    const token = this.cookies.get(CSRF_COOKIE);
    if (csrf && token) headers.set('x-csrf-token', token);
    return headers;
  }

  private remember(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      if (/;\s*Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, decodeURIComponent(pair.slice(eq + 1)));
    }
  }

  async query(path: string, input?: unknown): Promise<HttpAnswer> {
    const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
    return answer(await this.fetch(`/trpc/${path}${search}`));
  }

  async mutate(path: string, input?: unknown, options = { csrf: true }): Promise<HttpAnswer> {
    const init: RequestInit = {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      ...(input === undefined ? {} : { body: JSON.stringify(input) }),
    };
    return answer(await this.fetch(`/trpc/${path}`, init, options));
  }

  /** The query's data, or a TrpcCallError. */
  async get<T>(path: string, input?: unknown): Promise<T> {
    return dataOf<T>(path, await this.query(path, input));
  }

  /** The mutation's data, or a TrpcCallError. */
  async call<T>(path: string, input?: unknown): Promise<T> {
    return dataOf<T>(path, await this.mutate(path, input));
  }

  /** As the SPA does on load (auth.me, which sets the CSRF cookie), then auth.login. */
  async signIn(email: string, password: string): Promise<HttpAnswer> {
    await this.query('auth.me');
    return this.mutate('auth.login', { email, password });
  }

  /** POST a file's bytes to a /files route (raw body, name in x-file-name). */
  async upload(path: string, fileName: string, bytes: Uint8Array): Promise<HttpAnswer> {
    return answer(
      await this.fetch(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/octet-stream',
          'x-file-name': encodeURIComponent(fileName),
        },
        body: bytes,
      }),
    );
  }
}

async function answer(response: Response): Promise<HttpAnswer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body, headers: response.headers };
}

function dataOf<T>(path: string, answer: HttpAnswer): T {
  if (answer.status === 200) return (answer.body as { result: { data: T } }).result.data;
  const code = (answer.body as TrpcError | null)?.error?.data?.code ?? 'UNKNOWN';
  throw new TrpcCallError(path, answer.status, code, answer.body);
}
