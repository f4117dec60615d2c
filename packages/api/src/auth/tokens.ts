// Secrets that travel in cookies and mailed links: 32 random bytes, base64url (43 characters).
// Only their SHA-256 is stored, so a read of the database cannot be replayed as a cookie or a
// link.
import { hash, randomBytes } from 'node:crypto';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The stored form of a token: SHA-256, hex. One-shot `hash` (Node 20.12): every signed-in
 * request hashes its cookie, and a `createHash` object per call cost several times as much.
 */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}
