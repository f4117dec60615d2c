// View details → history (SPEC §7): who did what, when, oldest first.
import { formatDate, formatUsd } from '@offerdesk/core';
import type { Database, Kysely } from '@offerdesk/db';
import { isoInstant } from '../db-time';
import { findOwnedOffer } from './offer-access';
import type { OfferEventKind } from './offer-events';

type Detail = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

const DESCRIBE: Record<OfferEventKind, (detail: Detail) => string> = {
  created: () => 'Created the draft',
  cloned: (d) => `Created the draft as a clone of ${text(d.clonedFrom)}`,
  updated: (d) =>
    `Edited the draft (${(Array.isArray(d.fields) ? d.fields : []).join(', ') || 'no changes'})`,
  document_added: (d) => `Added the document "${text(d.fileName)}"`,
  document_removed: (d) => `Removed the document "${text(d.fileName)}"`,
  documents_reordered: () => 'Changed the order of the documents',
  extended: (d) => {
    const totals = d.totals as { buyerCents?: number } | undefined;
    const total =
      typeof totals?.buyerCents === 'number' ? ` (${formatUsd(totals.buyerCents)} per buyer)` : '';
    return `Extended the offer to ${Number(d.buyerAccountCount ?? 0)} buyer account(s)${total}`;
  },
  published: () => 'Published the offer',
  publish_failed: (d) => `Publishing failed: ${text(d.reason)}`,
  reopened: () => 'Reopened the offer as a draft',
  accepted: (d) =>
    `Buyer account ${text(d.buyerAccountId)} accepted the offer (agreement ${text(d.agreementId)})`,
  cancelled: () => 'Cancelled the offer',
  expiration_updated: (d) =>
    `Changed the expiration date${d.from ? ` from ${formatDate(text(d.from))}` : ''} to ${formatDate(text(d.to))}${d.reopened ? ' (available again)' : ''}`,
};

function describe(kind: string, detail: Detail): string {
  const known = DESCRIBE[kind as OfferEventKind];
  return known ? known(detail) : kind;
}

export async function offerHistory(db: Kysely<Database>, accountId: string, offerId: string) {
  await findOwnedOffer(db, accountId, offerId);
  const rows = await db
    .selectFrom('offer_events')
    .leftJoin('users', 'users.id', 'offer_events.actor_user_id')
    .select([
      'offer_events.id',
      'offer_events.kind',
      'offer_events.detail',
      'offer_events.at',
      'offer_events.actor_user_id',
      'offer_events.actor_account_id',
      'users.email',
    ])
    .where('offer_events.offer_id', '=', offerId)
    .orderBy('offer_events.at')
    .orderBy('offer_events.id')
    .limit(1000)
    .execute();
  return {
    events: rows.map((row) => ({
      id: String(row.id),
      kind: row.kind,
      description: describe(row.kind, row.detail),
      at: isoInstant(row.at),
      /** null when Offerdesk itself acted (publishing). */
      actor: row.actor_user_id
        ? { userId: row.actor_user_id, email: row.email, accountId: row.actor_account_id }
        : null,
      detail: row.detail,
    })),
  };
}
