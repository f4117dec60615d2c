// The seller's in-app notices (SPEC §10): offers published, accepted, cancelled, expiring.
import { DateText, errorMessage, Link, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { QueryView } from '../components/query-view';

/** The API's links are full console paths; an agreement's opens the Agreements list here. */
function appPath(link: string): string {
  const inside = link.replace(/^\/seller/, '') || '/';
  return inside.startsWith('/agreements/') ? '/agreements' : inside;
}

export function HomeNotifications() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const list = useQuery(trpc.notifications.list.queryOptions({ limit: 8 }));
  const markRead = useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSuccess: () =>
        queryClient.invalidateQueries({ queryKey: trpc.notifications.list.queryKey() }),
    }),
  );
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
            <p className="muted">{data.unreadCount} unread</p>
            <ul className="notices">
              {data.items.map((n) => (
                <li key={n.id} className={n.readAt ? undefined : 'notice-unread'}>
                  <strong>
                    {n.link ? <Link to={appPath(n.link)}>{n.subject}</Link> : n.subject}
                  </strong>
                  {n.readAt ? null : <span className="visually-hidden"> (unread)</span>}
                  <span className="sub">
                    <DateText value={n.createdAt} withTime />
                  </span>
                </li>
              ))}
            </ul>
            {data.unreadCount > 0 ? (
              <button
                type="button"
                className="button button-small"
                disabled={markRead.isPending}
                onClick={() => markRead.mutate({ all: true })}
              >
                Mark all as read
              </button>
            ) : null}
            {markRead.error ? <p role="alert">{errorMessage(markRead.error)}</p> : null}
          </>
        )}
      </QueryView>
    </section>
  );
}
