// In-app notifications (SPEC §10): the buyer console shows the account's BUYER notices, the
// seller console its RESELLER and ISV notices (one account may be both buyer and seller).
// Newest first, keyset-paginated, with the unread count for the badge.
import type { Database, Kysely, NotificationAudience } from '@offerdesk/db';
import { UUID_PATTERN } from '../invoices/list-cursor';
import { afterKeyset, decodeCursor, keysetAt, type Page, pageOf } from '../pagination/keyset';

export type Side = 'buyer' | 'seller';

const AUDIENCES: Record<Side, NotificationAudience[]> = {
  buyer: ['BUYER'],
  seller: ['RESELLER', 'ISV'],
};

export type InAppNotification = {
  id: string;
  event: string;
  audience: NotificationAudience;
  subject: string;
  text: string;
  offerId: string | null;
  /** Where the notice leads in the console (path; the SPA's own route). */
  link: string | null;
  createdAt: string;
  readAt: string | null;
};

export type NotificationPage = Page<InAppNotification> & { unreadCount: number };

function linkOf(audience: NotificationAudience, offerId: string | null, dedupeKey: string) {
  if (!offerId) return null;
  if (audience === 'BUYER') return `/buyer/offers/${offerId}`;
  if (audience === 'ISV') return `/seller/agreements/${dedupeKey.split(':')[1] ?? ''}`;
  return `/seller/offers/${offerId}`;
}

export async function countUnread(db: Kysely<Database>, accountId: string, side: Side) {
  const row = await db
    .selectFrom('notifications')
    .select((eb) => eb.fn.countAll<number>().as('unread'))
    .where('recipient_account_id', '=', accountId)
    .where('audience', 'in', AUDIENCES[side])
    .where('read_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.unread);
}

export async function listNotifications(
  db: Kysely<Database>,
  accountId: string,
  side: Side,
  input: { cursor?: string | null; limit: number; unreadOnly?: boolean | null },
): Promise<NotificationPage> {
  const keyset = decodeCursor(input.cursor, UUID_PATTERN);
  let query = db
    .selectFrom('notifications')
    .select([
      'notifications.id',
      'notifications.event',
      'notifications.audience',
      'notifications.subject',
      'notifications.body_text',
      'notifications.offer_id',
      'notifications.dedupe_key',
      'notifications.read_at',
      keysetAt('notifications.created_at').as('keyset_at'),
    ])
    .where('recipient_account_id', '=', accountId)
    .where('audience', 'in', AUDIENCES[side])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(input.limit + 1);
  if (input.unreadOnly) query = query.where('read_at', 'is', null);
  if (keyset)
    query = query.where(afterKeyset('notifications.created_at', 'notifications.id', keyset));
  const [rows, unreadCount] = await Promise.all([
    query.execute(),
    countUnread(db, accountId, side),
  ]);
  const page = pageOf(
    rows,
    input.limit,
    (row) => ({ at: row.keyset_at, id: row.id }),
    (row): InAppNotification => ({
      id: row.id,
      event: row.event,
      audience: row.audience,
      subject: row.subject,
      text: row.body_text,
      offerId: row.offer_id,
      link: linkOf(row.audience, row.offer_id, row.dedupe_key),
      createdAt: new Date(row.keyset_at).toISOString(),
      readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
    }),
  );
  return { ...page, unreadCount };
}

/** Marks the given notices (or all) read; another account's IDs simply match nothing. */
export async function markNotificationsRead(
  db: Kysely<Database>,
  accountId: string,
  side: Side,
  target: { notificationIds: string[] } | { all: true },
  now: Date,
): Promise<{ unreadCount: number }> {
  let update = db
    .updateTable('notifications')
    .set({ read_at: now })
    .where('recipient_account_id', '=', accountId)
    .where('audience', 'in', AUDIENCES[side])
    .where('read_at', 'is', null);
  if ('notificationIds' in target) {
    if (target.notificationIds.length === 0)
      return { unreadCount: await countUnread(db, accountId, side) };
    update = update.where('id', 'in', target.notificationIds);
  }
  await update.execute();
  return { unreadCount: await countUnread(db, accountId, side) };
}
