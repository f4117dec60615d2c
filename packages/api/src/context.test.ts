import type { IncomingMessage, ServerResponse } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { CSRF_COOKIE } from './auth/cookies';
import { type Context, createContext, type Services } from './context';

// V8's own check for "these two objects have the same hidden class"; the flag lets this
// process compile the `%` call, and changes nothing else.
setFlagsFromString('--allow-natives-syntax');
const haveSameMap = new Function('a', 'b', 'return %HaveSameMap(a, b)') as (
  a: object,
  b: object,
) => boolean;

/** A request with a CSRF cookie and no session: nothing is looked up or sent back. */
function anonymousRequest(n: number) {
  const req = {
    headers: { cookie: `${CSRF_COOKIE}=token-${n}` },
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage;
  return { req, res: {} as ServerResponse };
}

describe('createContext', () => {
  it('gives every request context the same hidden class', async () => {
    // Only what a request without a session touches; the rest is carried, not read.
    const services = {
      handle: {},
      db: {},
      config: { secureCookies: false },
      clock: {},
      logger: {},
      jobs: {},
      sessions: {},
    } as unknown as Services;
    // Enough calls for V8's inline caches to settle on their fast path, where the spread went
    // wrong; the first few calls take the runtime's path and shared a class even then.
    const contexts: Context[] = [];
    for (let n = 1; n <= 1_000; n += 1) {
      const { req, res } = anonymousRequest(n);
      contexts.push(await createContext(services, req, res));
    }
    expect(contexts[0]).toMatchObject({ session: null, csrfProof: null, ip: '127.0.0.1' });
    const newClasses = contexts.filter(
      (context, i) => i > 0 && !haveSameMap(contexts[i - 1] as object, context),
    ).length;
    expect(newClasses).toBe(0);
  });
});
