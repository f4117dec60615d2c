// The API sets a readable `offerdesk_csrf` cookie; every mutation echoes it in a header so a
// cross-site form (which can send cookies but not read them) cannot act for the user.
export const CSRF_COOKIE = 'offerdesk_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(name: string, cookieHeader: string = document.cookie): string | null {
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}
