// SPEC §12 cookies: the session cookie is HttpOnly, SameSite and Path=/ — and Secure when the
// server runs production-like (https PUBLIC_URL) — rotated on sign-in and removed on sign-out;
// the CSRF cookie is readable by the SPA (not HttpOnly) but otherwise flagged the same. Over
// plain http (the demo and development) Secure would make browsers drop the cookie.
import { cookieHeader, type SetCookie, setCookies, type Trials } from './trials';

const SESSION = 'offerdesk_session';
const CSRF = 'offerdesk_csrf';

type Credentials = { email: string; password: string };

function expectFlags(
  trials: Trials,
  cookie: SetCookie | undefined,
  name: string,
  flags: { httpOnly: boolean; secure: boolean },
) {
  trials.expect(cookie !== undefined, `${name} was not set`);
  if (!cookie) return;
  const { attributes } = cookie;
  const sameSite = attributes.get('samesite')?.toLowerCase();
  trials.expect(sameSite === 'lax' || sameSite === 'strict', `${name}: SameSite is ${sameSite}`);
  trials.expect(attributes.get('path') === '/', `${name}: Path is ${attributes.get('path')}`);
  trials.expect(
    attributes.has('httponly') === flags.httpOnly,
    `${name}: HttpOnly ${attributes.has('httponly')}, expected ${flags.httpOnly}`,
  );
  trials.expect(
    attributes.has('secure') === flags.secure,
    `${name}: Secure ${attributes.has('secure')}, expected ${flags.secure}`,
  );
}

/** auth.me (the CSRF cookie, as on the SPA's first load), then auth.login; the cookies set. */
async function signIn(baseUrl: string, who: Credentials, carried = new Map<string, string>()) {
  const me = await fetch(`${baseUrl}/trpc/auth.me`, { headers: { cookie: cookieHeader(carried) } });
  const cookies = new Map(carried);
  for (const c of setCookies(me)) cookies.set(c.name, decodeURIComponent(c.value));
  const csrf = setCookies(me).find((c) => c.name === CSRF);
  const login = await fetch(`${baseUrl}/trpc/auth.login`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(cookies),
      'content-type': 'application/json',
      'x-csrf-token': cookies.get(CSRF) ?? '',
    },
    body: JSON.stringify(who),
  });
  await login.arrayBuffer();
  for (const c of setCookies(login)) cookies.set(c.name, decodeURIComponent(c.value));
  return { csrf, login, session: setCookies(login).find((c) => c.name === SESSION), cookies };
}

async function whoAmI(baseUrl: string, cookies: Map<string, string>): Promise<unknown> {
  const response = await fetch(`${baseUrl}/trpc/auth.me`, {
    headers: { cookie: cookieHeader(cookies) },
  });
  return ((await response.json()) as { result?: { data?: unknown } }).result?.data ?? null;
}

/** The flags on a server whose PUBLIC_URL is http (secure: false) or https (secure: true). */
export async function checkCookieFlags(
  trials: Trials,
  baseUrl: string,
  who: Credentials,
  secure: boolean,
): Promise<void> {
  const { csrf, login, session } = await signIn(baseUrl, who);
  trials.expect(login.status === 200, `sign-in answered ${login.status}`);
  expectFlags(trials, csrf, 'the CSRF cookie', { httpOnly: false, secure });
  expectFlags(trials, session, 'the session cookie', { httpOnly: true, secure });
}

/** A new session on every sign-in, the one carried ended; sign-out removes the cookie. */
export async function checkSessionLifecycle(trials: Trials, baseUrl: string, who: Credentials) {
  const first = await signIn(baseUrl, who);
  const second = await signIn(baseUrl, who, first.cookies);
  const firstToken = first.cookies.get(SESSION);
  const secondToken = second.cookies.get(SESSION);
  trials.expect(
    Boolean(firstToken && secondToken && firstToken !== secondToken),
    'signing in again kept the same session token',
  );
  trials.expect(
    (await whoAmI(baseUrl, first.cookies)) === null,
    'the replaced session still works',
  );
  trials.expect((await whoAmI(baseUrl, second.cookies)) !== null, 'the new session does not work');

  const logout = await fetch(`${baseUrl}/trpc/auth.logout`, {
    method: 'POST',
    headers: {
      cookie: cookieHeader(second.cookies),
      'content-type': 'application/json',
      'x-csrf-token': second.cookies.get(CSRF) ?? '',
    },
  });
  await logout.arrayBuffer();
  const removed = setCookies(logout).find((c) => c.name === SESSION);
  trials.expect(
    removed?.attributes.get('max-age') === '0',
    `sign-out did not remove the session cookie (${logout.status})`,
  );
  trials.expect(
    (await whoAmI(baseUrl, second.cookies)) === null,
    'the session still works after sign-out',
  );
}
