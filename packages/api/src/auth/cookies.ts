// Cookie names and attributes in one place. The session cookie is HttpOnly; the CSRF cookie is
// readable by the SPA, which echoes it in the x-csrf-token header (double submit).
export const SESSION_COOKIE = 'offerdesk_session';
export const CSRF_COOKIE = 'offerdesk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name && !cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(value));
      } catch {
        // a cookie that is not valid percent-encoding is ignored
      }
    }
  }
  return cookies;
}

type CookieOptions = { httpOnly: boolean; secure: boolean; maxAgeSeconds?: number };

export function serializeCookie(name: string, value: string, options: CookieOptions): string {
  const parts = [`${name}=${encodeURIComponent(value)}`, 'Path=/', 'SameSite=Lax'];
  if (options.httpOnly) parts.push('HttpOnly');
  if (options.secure) parts.push('Secure');
  if (options.maxAgeSeconds !== undefined) parts.push(`Max-Age=${options.maxAgeSeconds}`);
  return parts.join('; ');
}
