// Everything an acceptance writes, in one statement (SPEC §5, §9, §10): the agreement, its
// invoices, the offer's "accepted" event and the sellers' notifications, as data-modifying
// CTEs of one INSERT, so the transaction pays one round trip for them. The rows are all built
// beforehand from what acceptance read; the statement fails as a whole (nothing written) when
// the UNIQUE (offer, buyer account) constraint finds an agreement made meanwhile. It is
// PREPARED: its text varies only with the number of invoices (at most MAX_INSTALLMENTS) and
// of notifications (the two sellers), so each connection plans a handful of texts once.
import {
  type Agreement,
  type AgreementTable,
  type Database,
  type InvoiceTable,
  type NotificationTable,
  type OfferEventTable,
  PREPARED,
  type Transaction,
} from '@offerdesk/db';
import type { Insertable } from 'kysely';
import { jsonArrayFrom } from 'kysely/helpers/postgres';

export type AcceptanceRows = {
  agreement: Insertable<AgreementTable>;
  invoices: Insertable<InvoiceTable>[];
  event: Insertable<OfferEventTable>;
  notifications: Insertable<NotificationTable>[];
};

export type RecordedAcceptance = {
  agreement: Agreement;
  /** The notifications inserted (a dedupe key already taken inserts nothing). */
  notifications: { id: string; email_status: string }[];
};

export async function recordAcceptance(
  tx: Transaction<Database>,
  rows: AcceptanceRows,
): Promise<RecordedAcceptance> {
  const recorded = await tx
    .with('agreement', (db) => db.insertInto('agreements').values(rows.agreement).returningAll())
    .with('invoice', (db) => db.insertInto('invoices').values(rows.invoices).returning('id'))
    .with('event', (db) => db.insertInto('offer_events').values(rows.event).returning('id'))
    .with('notification', (db) =>
      db
        .insertInto('notifications')
        .values(rows.notifications)
        .onConflict((oc) => oc.column('dedupe_key').doNothing())
        .returning(['id', 'email_status']),
    )
    .selectFrom('agreement')
    .modifyFront(PREPARED)
    .selectAll('agreement')
    .select((eb) =>
      jsonArrayFrom(
        eb.selectFrom('notification').select(['notification.id', 'notification.email_status']),
      ).as('notifications'),
    )
    .executeTakeFirstOrThrow();
  const { notifications, ...agreement } = recorded;
  return { agreement, notifications };
}
