// Drives the API over HTTP as a signed-in user, the way the SPAs do: tRPC over plain fetch
// (GET for queries, POST for mutations), the session cookie, and the CSRF header. Used where a
// spec needs the other side of a flow (the seller) or a check no page shows (one agreement).
import { type APIRequestContext, request } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures';

type TrpcAnswer<T> = { result?: { data: T }; error?: { message: string } };

export class ApiSession {
  private constructor(private readonly http: APIRequestContext) {}

  /** Loads the API once (which sets the CSRF cookie), then signs in through auth.login. */
  static async signIn(baseURL: string, email: string): Promise<ApiSession> {
    const http = await request.newContext({ baseURL });
    await http.get('/trpc/auth.me');
    const session = new ApiSession(http);
    await session.mutation('auth.login', { email, password: DEMO_PASSWORD });
    return session;
  }

  /** Read at each call, as the SPAs do: signing in rotates the cookie. */
  private async csrf(): Promise<string> {
    const { cookies } = await this.http.storageState();
    const token = cookies.find((cookie) => cookie.name === 'offerdesk_csrf')?.value;
    if (!token) throw new Error('The API set no CSRF cookie');
    return decodeURIComponent(token);
  }

  async query<T>(path: string, input: unknown = {}): Promise<T> {
    const response = await this.http.get(
      `/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`,
    );
    return this.read<T>(path, await response.json());
  }

  async mutation<T>(path: string, input: unknown = {}): Promise<T> {
    const response = await this.http.post(`/trpc/${path}`, {
      data: input,
      headers: { 'x-csrf-token': await this.csrf() },
    });
    return this.read<T>(path, await response.json());
  }

  /** POST /files/offers/:offerId/documents with the file's bytes as the body. */
  async uploadOfferDocument(offerId: string, fileName: string, body: Buffer): Promise<void> {
    const response = await this.http.post(`/files/offers/${offerId}/documents`, {
      data: body,
      headers: {
        'x-csrf-token': await this.csrf(),
        'x-file-name': encodeURIComponent(fileName),
        'content-type': 'application/octet-stream',
      },
    });
    if (response.status() !== 201) {
      throw new Error(`upload of ${fileName}: ${response.status()} ${await response.text()}`);
    }
  }

  dispose(): Promise<void> {
    return this.http.dispose();
  }

  private read<T>(path: string, answer: TrpcAnswer<T>): T {
    if (answer.error || !answer.result) {
      throw new Error(`${path}: ${answer.error?.message ?? 'no result'}`);
    }
    return answer.result.data;
  }
}
