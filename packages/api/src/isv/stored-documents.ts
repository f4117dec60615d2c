// Products and authorizations point at documents uploaded beforehand through the file routes
// (a EULA, a reseller contract); here we check such a document exists and is a PDF.
import type { Database, Kysely } from '@offerdesk/db';
import type { Issue } from '../errors';

export async function storedPdfIssues(
  db: Kysely<Database>,
  sha256: string,
  path: (string | number)[],
  what: string,
): Promise<Issue[]> {
  const document = await db
    .selectFrom('documents')
    .select('media_type')
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  if (!document) {
    return [{ path, message: `No uploaded ${what} has this SHA-256; upload the ${what} again` }];
  }
  if (document.media_type !== 'application/pdf') {
    return [{ path, message: `The ${what} must be a PDF file` }];
  }
  return [];
}
