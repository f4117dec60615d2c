// Stored files come back byte for byte whichever way they are read: in base64 slices (any
// database) and, on PostgreSQL, through binary COPY; a hash that is not stored is null. On
// PostgreSQL a file stored through COPY is stored once, even when asked twice at once.
import { randomBytes } from 'node:crypto';
import { useTestDatabase } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { readStoredDocument, sha256Hex, storeDocument, withinTransaction } from './store-document';

const handle = await useTestDatabase();
const db = handle.db;
/** The handle without COPY: the INSERT and base64-slice paths PGlite (and a transaction) use. */
const withoutCopy = withinTransaction(db);

// Sizes around the 1 MB slice: one byte, one short of it, exactly it, past it, several.
const SIZES = [1, 1024 * 1024 - 1, 1024 * 1024, 1024 * 1024 + 1, 3 * 1024 * 1024 + 17];

describe(`stored files read back (${handle.kind})`, () => {
  it('reads every size back as stored, in slices and through COPY', async () => {
    for (const size of SIZES) {
      const bytes = randomBytes(size);
      const sha256 = await storeDocument(withoutCopy, { bytes, mediaType: 'application/pdf' });
      const sliced = await readStoredDocument(withoutCopy, sha256);
      expect(sha256Hex(sliced ?? new Uint8Array()), `${size} bytes in slices`).toBe(sha256);
      if (handle.copyOutFirstValue) {
        const copied = await readStoredDocument(handle, sha256);
        expect(sha256Hex(copied ?? new Uint8Array()), `${size} bytes by COPY`).toBe(sha256);
      }
    }
  });

  it('stores a file once, however often and at once it is asked (COPY on PostgreSQL)', async () => {
    const bytes = randomBytes(2 * 1024 * 1024 + 5);
    const sha256 = sha256Hex(bytes);
    const document = { bytes, mediaType: 'application/pdf' as const };
    const stored = await Promise.all([
      storeDocument(handle, document),
      storeDocument(handle, document),
    ]);
    expect(stored).toEqual([sha256, sha256]);
    expect(await storeDocument(handle, document)).toBe(sha256);
    const row = await db
      .selectFrom('documents')
      .select(['media_type', 'size_bytes'])
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ media_type: 'application/pdf', size_bytes: bytes.length });
    const read = await readStoredDocument(handle, sha256);
    expect(sha256Hex(read ?? new Uint8Array())).toBe(sha256);
  });

  it('answers null for a file that is not stored, or a hash that is not one', async () => {
    const absent = sha256Hex(randomBytes(32));
    expect(await readStoredDocument(withoutCopy, absent)).toBeNull();
    expect(await readStoredDocument(handle, absent)).toBeNull();
    expect(await readStoredDocument(handle, "x' OR '1'='1")).toBeNull();
  });
});
