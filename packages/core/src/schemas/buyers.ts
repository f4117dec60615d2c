// Buyer account IDs of an offer (SPEC §4). Existence of each account needs the database and
// is checked by the server, with buyerMessages.unknown for the message.

import { z } from 'zod';
import type { Issue } from '../errors';
import { ACCOUNT_ID_PATTERN } from '../ids';
import { MAX_BUYERS } from '../limits';
import { buyerMessages } from '../messages';

/**
 * Splits what a reseller types or pastes into a textarea: IDs separated by commas,
 * semicolons, spaces or new lines. "7133-8444-1954" (as some consoles display IDs) becomes
 * "713384441954"; anything else is kept as typed so validation can point at it.
 */
export function parseBuyerIdList(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .filter((token) => token !== '')
    .map((token) => (/^\d{4}-\d{4}-\d{4}$/.test(token) ? token.replaceAll('-', '') : token));
}

export type BuyerIdRules = {
  /** The reseller's own account, which an offer cannot target. */
  sellerAccountId?: string | null;
  /** The authorization's buyer restriction; absent, null or [] means any buyer. */
  allowedBuyerIds?: readonly string[] | null;
};

/** Every problem with a list of buyer account IDs; paths are indexes into the list. */
export function validateBuyerIds(ids: readonly string[], rules: BuyerIdRules = {}): Issue[] {
  const issues: Issue[] = [];
  if (ids.length === 0) return [{ path: [], message: buyerMessages.none }];
  if (ids.length > MAX_BUYERS) issues.push({ path: [], message: buyerMessages.tooMany });
  const allowed = rules.allowedBuyerIds?.length ? new Set(rules.allowedBuyerIds) : null;
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    let message: string | null = null;
    if (!ACCOUNT_ID_PATTERN.test(id)) message = buyerMessages.accountIdFormat;
    else if (seen.has(id)) message = buyerMessages.duplicate(id);
    else if (id === rules.sellerAccountId) message = buyerMessages.ownAccount(id);
    else if (allowed && !allowed.has(id)) message = buyerMessages.notAllowed(id);
    seen.add(id);
    if (message) issues.push({ path: [index], message });
  });
  return issues;
}

/** The list as a zod schema (IDs trimmed first), for tRPC inputs and forms. */
export function buyerAccountIdsSchema(rules: BuyerIdRules = {}) {
  return z
    .array(z.string({ error: buyerMessages.accountIdFormat }).trim(), {
      error: buyerMessages.none,
    })
    .superRefine((ids, ctx) => {
      for (const issue of validateBuyerIds(ids, rules)) {
        ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
      }
    });
}

/**
 * An authorization's optional buyer restriction: 0…25 distinct account IDs. It is not an
 * offer's target list, so "none" is allowed and the seller's own account is not excluded here.
 */
export const allowedBuyerIdsSchema = z
  .array(z.string({ error: buyerMessages.accountIdFormat }).trim())
  .superRefine((ids, ctx) => {
    if (ids.length === 0) return;
    for (const issue of validateBuyerIds(ids)) {
      const tooMany = issue.path.length === 0;
      const message = tooMany ? buyerMessages.restrictionTooMany : issue.message;
      ctx.addIssue({ code: 'custom', path: issue.path, message });
    }
  });
