// The SPEC §4 rules that need the database or the authorization, shared by update (each
// field as it is given), extend (everything again, against today) and updateExpiration.
// Paths are the offers.update input's, so a form shows each message at its field.
import {
  ACCOUNT_ID_PATTERN,
  additionalDocumentsIssues,
  type BuyerIdRules,
  buyerMessages,
  compareDates,
  dateMessages,
  documentIssues,
  expirationDateIssues,
  type Issue,
  offerNameSchema,
  prefixIssues,
  validateBuyerIds,
} from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { offerFieldMessages } from './offer-messages';
import type { OfferDocumentTerms } from './offer-terms';

/** Format, duplicates, own account, the authorization's restriction, and existence. */
export async function buyerAccountIssues(
  db: Kysely<Database>,
  ids: readonly string[],
  rules: BuyerIdRules,
  options: { required: boolean },
): Promise<Issue[]> {
  const path = ['buyerAccountIds'];
  if (ids.length === 0) return options.required ? [{ path, message: buyerMessages.none }] : [];
  const issues = prefixIssues(validateBuyerIds(ids, rules), path);
  const wellFormed = [...new Set(ids.filter((id) => ACCOUNT_ID_PATTERN.test(id)))];
  if (wellFormed.length > 0) {
    const found = await db
      .selectFrom('accounts')
      .select('id')
      .where('id', 'in', wellFormed)
      .execute();
    const known = new Set(found.map((row) => row.id));
    const unknown = wellFormed.filter((id) => !known.has(id));
    if (unknown.length > 0) issues.push({ path, message: buyerMessages.unknown(unknown) });
  }
  return issues;
}

export type ExpirationRules = {
  today: string;
  authorizationEndsOn: string | null;
  /** The authorization's invoice dates (FPS), [] for upfront offers. */
  scheduleDates: readonly string[];
};

/**
 * Today or later, not after the authorization's end, at most 3 years ahead, and with at
 * most one invoice date on or before it.
 */
export function expirationIssues(date: string | null, rules: ExpirationRules): Issue[] {
  const path = ['expirationDate'];
  if (date === null) return [{ path, message: offerFieldMessages.expirationMissing }];
  const issues = prefixIssues(
    expirationDateIssues(date, {
      today: rules.today,
      authorizationExpiresOn: rules.authorizationEndsOn,
    }),
    path,
  );
  const inWindow = rules.scheduleDates.filter((d) => compareDates(d, date) <= 0);
  if (inWindow.length > 1)
    issues.push({ path, message: dateMessages.tooManyBeforeExpiration(date) });
  return issues;
}

/** Every invoice date must be today or later when the offer is extended. */
export function scheduleDateIssues(dates: readonly string[], today: string): Issue[] {
  return dates.flatMap((date, index) =>
    compareDates(date, today) < 0
      ? [
          {
            path: ['schedule', index, 'invoiceDate'],
            message: dateMessages.invoiceDatePassed(date),
          },
        ]
      : [],
  );
}

export function offerNameIssues(name: string): Issue[] {
  const parsed = offerNameSchema.safeParse(name);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => ({ path: ['name'], message: issue.message }));
}

/** At most 5 additional files, each a named .pdf or .txt within the size limit. */
export function documentRuleIssues(documents: readonly OfferDocumentTerms[]): Issue[] {
  const issues = prefixIssues(additionalDocumentsIssues(documents.length), ['documents']);
  documents.forEach((doc, index) => {
    const meta = { name: doc.fileName, mediaType: doc.mediaType, sizeBytes: doc.sizeBytes };
    issues.push(...prefixIssues(documentIssues(meta), ['documents', index]));
  });
  return issues;
}
