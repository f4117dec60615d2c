// SPEC §12 CSRF: a state-changing call must carry the x-csrf-token header equal to the CSRF
// cookie and, once signed in, to the token issued with that session. Refused with 403
// FORBIDDEN: no header, a wrong header, a token planted before sign-in, another session's
// token, a file upload without it, and a mutation sent as GET (an <img> cannot change state).
import type { TestClient } from '@offerdesk/api/authz';
import { cookieHeader, type Trials } from './trials';

type Attempt = { name: string; cookies: Map<string, string>; header: string | null };

async function post(baseUrl: string, path: string, attempt: Attempt, body: string) {
  const headers: Record<string, string> = {
    cookie: cookieHeader(attempt.cookies),
    'content-type': 'application/json',
  };
  if (attempt.header !== null) headers['x-csrf-token'] = attempt.header;
  const response = await fetch(`${baseUrl}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, text };
}

/**
 * `victim` and `other` are two signed-in sessions; the probe is a harmless mutation that
 * succeeds with a proper token (settings.update to the default preference).
 */
export async function checkCsrf(
  trials: Trials,
  baseUrl: string,
  victim: TestClient,
  other: TestClient,
  draftOfferId: string,
): Promise<void> {
  const own = victim.cookies.get('offerdesk_csrf') ?? '';
  const foreign = other.cookies.get('offerdesk_csrf') ?? '';
  const withCsrf = (token: string) => new Map([...victim.cookies, ['offerdesk_csrf', token]]);
  const attempts: Attempt[] = [
    { name: 'no header', cookies: victim.cookies, header: null },
    { name: 'an empty header', cookies: victim.cookies, header: '' },
    { name: 'a wrong header', cookies: victim.cookies, header: `${own}x` },
    // Double submit alone is not enough: the token must be the session's own.
    { name: 'a planted cookie and header', cookies: withCsrf('planted'), header: 'planted' },
    { name: "another session's token", cookies: withCsrf(foreign), header: foreign },
  ];
  const body = JSON.stringify({ disbursementPreference: { kind: 'monthly', day: 1 } });
  for (const attempt of attempts) {
    const answer = await post(baseUrl, '/trpc/settings.update', attempt, body);
    trials.expect(
      answer.status === 403 && answer.text.includes('FORBIDDEN'),
      `settings.update with ${attempt.name}: ${answer.status} ${answer.text.slice(0, 200)}`,
    );
    const upload = await post(baseUrl, `/files/offers/${draftOfferId}/documents`, attempt, 'x');
    trials.expect(
      upload.status === 403,
      `a document upload with ${attempt.name}: ${upload.status} ${upload.text.slice(0, 200)}`,
    );
  }
  const proper = await post(
    baseUrl,
    '/trpc/settings.update',
    { name: 'its own token', cookies: victim.cookies, header: own },
    body,
  );
  trials.expect(proper.status === 200, `with its own token: ${proper.status} ${proper.text}`);

  // Signing in is state-changing too (login CSRF would sign the victim into our account).
  const anonymous = new Map([['offerdesk_csrf', 'fresh']]);
  const login = await post(
    baseUrl,
    '/trpc/auth.login',
    { name: 'no header', cookies: anonymous, header: null },
    JSON.stringify({ email: 'someone@example.com', password: 'whatever' }),
  );
  trials.expect(login.status === 403, `auth.login without the header: ${login.status}`);

  const get = await fetch(`${baseUrl}/trpc/settings.update?input=${encodeURIComponent(body)}`, {
    headers: { cookie: cookieHeader(victim.cookies), 'x-csrf-token': own },
  });
  await get.arrayBuffer();
  trials.expect(get.status === 405, `a mutation sent as GET: ${get.status}`);
}
