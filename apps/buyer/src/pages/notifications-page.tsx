// What happened to the offers extended to this account: new offers, cancellations and expiry
// reminders. Opening a notice's offer marks it read; so do the buttons.
import {
  DateText,
  EmptyState,
  errorMessage,
  Link,
  type RouterOutputs,
  UnreadSummary,
  useTRPC,
} from '@offerdesk/ui';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { PagedList } from '../components/paged-list';
import { toAppPath } from '../lib/app-path';

type Notice = RouterOutputs['buyer']['notifications']['list']['items'][number];

function useMarkRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.buyer.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.buyer.notifications.pathFilter()),
    }),
  );
}

export default function NotificationsPage() {
  const trpc = useTRPC();
  const markRead = useMarkRead();
  const notices = useInfiniteQuery(
    trpc.buyer.notifications.list.infiniteQueryOptions(
      { limit: 25 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
  );
  const unread = notices.data?.pages[0]?.unreadCount ?? 0;
  return (
    <PagedList
      query={notices}
      loadingLabel="Loading your notifications…"
      empty={
        <EmptyState title="No notifications yet.">
          <p>You hear here, and by email, when a seller extends or cancels an offer to you.</p>
        </EmptyState>
      }
    >
      {(items) => (
        <>
          <div className="toolbar">
            <UnreadSummary
              unread={unread}
              pending={markRead.isPending}
              onMarkAll={() => markRead.mutate({ all: true })}
            />
          </div>
          {markRead.isError ? (
            <p className="form-error" role="alert">
              {errorMessage(markRead.error)}
            </p>
          ) : null}
          <ul className="notice-list">
            {items.map((notice) => (
              <NoticeItem
                key={notice.id}
                notice={notice}
                onRead={() => markRead.mutate({ notificationIds: [notice.id] })}
                pending={markRead.isPending}
              />
            ))}
          </ul>
        </>
      )}
    </PagedList>
  );
}

function NoticeItem({
  notice,
  onRead,
  pending,
}: {
  notice: Notice;
  onRead: () => void;
  pending: boolean;
}) {
  const unread = notice.readAt === null;
  const subjectId = `notice-${notice.id}`;
  return (
    <li className={unread ? 'notice notice-unread' : 'notice'}>
      <div className="notice-body">
        <h2 className="notice-subject" id={subjectId}>
          {unread ? <span className="visually-hidden">Unread: </span> : null}
          {notice.subject}
        </h2>
        {/* The first paragraph; the rest repeats what the offer page shows. */}
        <p className="notice-text">{notice.text.split(/\n\s*\n/)[0]}</p>
        <p className="muted">
          <DateText value={notice.createdAt} withTime />
          {notice.link ? (
            <>
              {' · '}
              <Link to={toAppPath(notice.link)} onClick={unread ? onRead : undefined}>
                Open the offer
              </Link>
            </>
          ) : null}
        </p>
      </div>
      {unread ? (
        <div>
          <button
            type="button"
            className="button button-small"
            onClick={onRead}
            disabled={pending}
            aria-describedby={subjectId}
          >
            Mark as read
          </button>
        </div>
      ) : null}
    </li>
  );
}
