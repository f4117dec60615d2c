// Security headers for every response (SPEC §12). The SPAs are built by Vite into files under
// 'self' with no inline script or style, so the policy can stay strict.
import type { ServerResponse } from 'node:http';

const SPA_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  // The buyer reads the combined EULA PDF inline: an <iframe>/<object> of a same-origin
  // /files/ URL or of a blob: URL made from it.
  "frame-src 'self' blob:",
  "object-src 'self' blob:",
  "worker-src 'self' blob:",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

// Files (the EULA PDF, CSV reports) may be framed by our own pages and by nothing else. No
// other directive: Chromium's built-in PDF viewer runs inside the PDF's own document, and an
// object-src/default-src there would stop it from rendering.
const FILE_POLICY = "frame-ancestors 'self'";

export type SecurityHeaderOptions = {
  /** Send HSTS: only when the public URL is https (a browser would pin plain http otherwise). */
  https: boolean;
};

export function applySecurityHeaders(
  res: ServerResponse,
  pathname: string,
  options: SecurityHeaderOptions,
): void {
  const isFile = pathname.startsWith('/files/');
  res.setHeader('Content-Security-Policy', isFile ? FILE_POLICY : SPA_POLICY);
  res.setHeader('X-Frame-Options', isFile ? 'SAMEORIGIN' : 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (options.https) {
    res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
  }
}
