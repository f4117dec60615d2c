// Notifications (SPEC §10): every in-app notice of this seller, newest first, with the unread
// ones marked and a filter for them; opening one, its button, or "Mark all" marks it read.
import { errorMessage, UnreadSummary, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { CheckField } from '../components/fields';
import { NoticeList, useMarkNoticesRead } from '../components/notice-list';
import { Pager } from '../components/pager';
import { QueryView } from '../components/query-view';
import { useKeysetPages } from '../lib/use-keyset-pages';

const PAGE_SIZE = 25;

export default function NotificationsPage() {
  const trpc = useTRPC();
  const pages = useKeysetPages();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery(
    trpc.notifications.list.queryOptions({ cursor: pages.cursor, limit: PAGE_SIZE, unreadOnly }),
  );
  const markRead = useMarkNoticesRead();
  const unread = list.data?.unreadCount ?? 0;
  return (
    <>
      <p>
        What happened to your offers: published, accepted by a buyer, cancelled, or expiring in 3
        days with buyers who have not accepted.
      </p>
      <div className="toolbar notices-toolbar">
        <CheckField
          label="Unread only"
          checked={unreadOnly}
          onChange={(event) => {
            setUnreadOnly(event.target.checked);
            pages.reset();
          }}
        />
        {list.data ? (
          <UnreadSummary
            unread={unread}
            pending={markRead.isPending}
            onMarkAll={() => markRead.mutate({ all: true })}
            className="muted"
          />
        ) : null}
      </div>
      {markRead.error ? (
        <p className="form-error" role="alert">
          {errorMessage(markRead.error)}
        </p>
      ) : null}
      <QueryView
        query={list}
        loading="Loading your notifications…"
        errorTitle="Your notifications could not be loaded"
        isEmpty={(data) => data.items.length === 0}
        empty={
          unreadOnly
            ? { title: 'All caught up: no unread notifications.' }
            : {
                title: 'No notifications yet.',
                body: <p>When you extend an offer and buyers act on it, you hear about it here.</p>,
              }
        }
      >
        {(data) => (
          <section className="card" aria-label="Notifications">
            <NoticeList
              notices={data.items}
              full
              pending={markRead.isPending}
              onRead={(notice) => markRead.mutate({ notificationIds: [notice.id] })}
            />
            <Pager pages={pages} nextCursor={data.nextCursor} label="Notifications" />
          </section>
        )}
      </QueryView>
    </>
  );
}
