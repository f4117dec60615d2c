// File bytes are stored once by SHA-256 (SPEC §6): uploading the same file twice, or the same
// EULA for two products, keeps one row. The hash is of the bytes as received.
//
// Reading one back is most of a large publish's database time: `pg` receives a bytea as hex
// text in one message, so a 10 MB file was a 20 MB string merged, decoded and copied several
// times (~0.8 s of CPU on the bench machine). On PostgreSQL it is read through binary COPY
// (raw bytes, ~0.1 s); elsewhere in 1 MB slices as base64, a fifth of the whole-value cost.
// Callers pass the handle; which way a file goes is decided here, from what the handle offers.
import { createHash } from 'node:crypto';
import type { Database, DbHandle, Kysely, MediaType } from '@offerdesk/db';
import { sql } from 'kysely';
import { isUniqueViolation } from '../pg-errors';

/** Bytes per query when a stored file is read back in slices. */
const READ_SLICE_BYTES = 1024 * 1024;
const SHA256_HEX = /^[0-9a-f]{64}$/;

/**
 * What storing and reading files needs of the handle: its database, and on PostgreSQL its
 * binary COPY reader and writer (null on PGlite). COPY runs outside any transaction.
 */
export type DocumentStore = Pick<DbHandle, 'db' | 'copyOutFirstValue' | 'copyInRow'>;

/**
 * The store for work inside `tx`: no COPY, so a file stored is in the transaction (and gone
 * with it on a rollback), and a file read sees its writes.
 */
export function withinTransaction(tx: Kysely<Database>): DocumentStore {
  return { db: tx, copyOutFirstValue: null, copyInRow: null };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Stores the bytes under their SHA-256 unless that file is stored already, and returns the
 * hash (`sha256` when the caller has it: an upload hashes as it reads). On PostgreSQL the row
 * goes in through binary COPY (the publish job's combined PDF: 50 MB for five large documents).
 */
export async function storeDocument(
  store: DocumentStore,
  document: { bytes: Uint8Array; mediaType: MediaType; sha256?: string },
): Promise<string> {
  const sha256 = document.sha256 ?? sha256Hex(document.bytes);
  if (store.copyInRow) {
    await copyDocumentIn(store.db, store.copyInRow, { ...document, sha256 });
    return sha256;
  }
  await store.db
    .insertInto('documents')
    .values({
      sha256,
      media_type: document.mediaType,
      size_bytes: document.bytes.length,
      bytes: document.bytes,
    })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

/** COPY has no ON CONFLICT: a stored file is looked for first, and one stored meanwhile is fine. */
async function copyDocumentIn(
  db: Kysely<Database>,
  copyIn: NonNullable<DbHandle['copyInRow']>,
  document: { bytes: Uint8Array; mediaType: MediaType; sha256: string },
): Promise<void> {
  const stored = await db
    .selectFrom('documents')
    .select('sha256')
    .where('sha256', '=', document.sha256)
    .executeTakeFirst();
  if (stored) return;
  const size = Buffer.alloc(4);
  size.writeInt32BE(document.bytes.length);
  try {
    await copyIn(
      'documents',
      ['sha256', 'media_type', 'size_bytes', 'bytes'],
      [Buffer.from(document.sha256), Buffer.from(document.mediaType), size, document.bytes],
    );
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/** A stored file's bytes, or null when no file has this SHA-256. */
export async function readStoredDocument(
  store: DocumentStore,
  sha256: string,
): Promise<Uint8Array | null> {
  if (!SHA256_HEX.test(sha256)) return null;
  if (store.copyOutFirstValue) {
    // The hash is checked hex above: safe to inline (COPY takes no parameters).
    return store.copyOutFirstValue(`SELECT bytes FROM documents WHERE sha256 = '${sha256}'`);
  }
  return readInSlices(store.db, sha256);
}

async function readInSlices(db: Kysely<Database>, sha256: string): Promise<Uint8Array | null> {
  // PostgreSQL's substring counts from 1; base64 (which Node decodes past its line breaks)
  // is 1.35 bytes a byte on the wire against hex's 2.
  const slice = (offset: number) =>
    sql<string>`encode(substring(bytes from ${offset + 1} for ${READ_SLICE_BYTES}), 'base64')`.as(
      'slice',
    );
  const first = await db
    .selectFrom('documents')
    .select(['size_bytes', slice(0)])
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!first) return null;
  const bytes = Buffer.allocUnsafe(first.size_bytes);
  let length = bytes.write(first.slice, 0, 'base64');
  while (length < bytes.length) {
    const next = await db
      .selectFrom('documents')
      .select(slice(length))
      .where('sha256', '=', sha256)
      .executeTakeFirstOrThrow();
    const written = bytes.write(next.slice, length, 'base64');
    if (written === 0) break;
    length += written;
  }
  if (length !== bytes.length) {
    throw new Error(`stored file ${sha256} has ${length} bytes, not ${bytes.length}`);
  }
  return bytes;
}
