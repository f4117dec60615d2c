// The newest notices on the home page; the Notifications page has all of them.
import { errorMessage, Link, UnreadSummary, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { NoticeList, useMarkNoticesRead } from '../components/notice-list';
import { QueryView } from '../components/query-view';

export function HomeNotifications() {
  const trpc = useTRPC();
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 8 }));
  const markRead = useMarkNoticesRead();
  return (
    <section className="card" aria-labelledby="notices-heading">
      <h2 id="notices-heading">Notifications</h2>
      <QueryView
        query={list}
        loading="Loading notifications…"
        errorTitle="Notifications could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={{ title: 'Nothing new: notices about your offers and agreements appear here.' }}
      >
        {(data) => (
          <>
            <NoticeList
              notices={data.items}
              onRead={(notice) => markRead.mutate({ notificationIds: [notice.id] })}
            />
            <div className="button-row">
              <UnreadSummary
                unread={data.unreadCount}
                pending={markRead.isPending}
                onMarkAll={() => markRead.mutate({ all: true })}
                className="muted"
              />
              <Link to="/notifications">All notifications</Link>
            </div>
            {markRead.error ? <p role="alert">{errorMessage(markRead.error)}</p> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}
