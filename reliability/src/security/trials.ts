// A sub-check's tally (each expectation is one trial; a failed one says what broke), and the
// cookie plumbing the security sub-checks share.
export class Trials {
  trials = 0;
  readonly failures: string[] = [];

  constructor(readonly topic: string) {}

  expect(ok: boolean, failure: string): void {
    this.trials += 1;
    if (!ok) this.failures.push(`${this.topic}: ${failure}`);
  }
}

/** One Set-Cookie line as name, value and attributes (names lower-cased). */
export type SetCookie = { name: string; value: string; attributes: Map<string, string> };

export function parseSetCookie(line: string): SetCookie {
  const [pair = '', ...rest] = line.split(';');
  const eq = pair.indexOf('=');
  const attributes = new Map<string, string>();
  for (const part of rest) {
    const [key = '', ...value] = part.trim().split('=');
    attributes.set(key.toLowerCase(), value.join('='));
  }
  return { name: pair.slice(0, eq).trim(), value: pair.slice(eq + 1), attributes };
}

export function setCookies(response: Response): SetCookie[] {
  return response.headers.getSetCookie().map(parseSetCookie);
}

/** A Cookie header for `cookies`, encoded as the server's Set-Cookie lines encode values. */
export function cookieHeader(cookies: Map<string, string>): string {
  return [...cookies].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('; ');
}
