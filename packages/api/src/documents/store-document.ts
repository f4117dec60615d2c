// File bytes are stored once by SHA-256 (SPEC §6): uploading the same file twice, or the same
// EULA for two products, keeps one row. The hash is of the bytes as received.
import { createHash } from 'node:crypto';
import type { Database, Kysely, MediaType } from '@offerdesk/db';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function storeDocument(
  db: Kysely<Database>,
  document: { bytes: Uint8Array; mediaType: MediaType; sha256?: string },
): Promise<string> {
  const sha256 = document.sha256 ?? sha256Hex(document.bytes);
  await db
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
