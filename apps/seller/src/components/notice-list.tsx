// The seller's in-app notices (SPEC §10: an offer published, accepted, cancelled, expiring), as
// the home page and the Notifications page list them. Opening a notice's link marks it read.
import { DateText, Link, type RouterOutputs, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Badge } from './status-badge';

export type Notice = RouterOutputs['notifications']['list']['items'][number];

const EVENTS: Record<string, { label: string; tone: 'neutral' | 'ok' | 'busy' | 'bad' }> = {
  'offer.published': { label: 'Published', tone: 'neutral' },
  'offer.accepted': { label: 'Accepted', tone: 'ok' },
  'offer.cancelled': { label: 'Cancelled', tone: 'bad' },
  'offer.expiring': { label: 'Expiring soon', tone: 'busy' },
};

/** The API's links are full console paths; an agreement's opens the Agreements list here. */
function appPath(link: string): string {
  const inside = link.replace(/^\/seller/, '') || '/';
  return inside.startsWith('/agreements/') ? '/agreements' : inside;
}

/** notifications.markRead, refreshing every list and the unread count in the navigation. */
export function useMarkNoticesRead() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.notifications.markRead.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.notifications.pathFilter()),
    }),
  );
}

export function NoticeList({
  notices,
  full = false,
  onRead,
  pending = false,
}: {
  notices: Notice[];
  /** The Notifications page: each notice's first paragraph and a "Mark as read" button. */
  full?: boolean;
  /** Marks one notice read (also when its link is opened). */
  onRead: (notice: Notice) => void;
  pending?: boolean;
}) {
  return (
    <ul className="notices">
      {notices.map((notice) => {
        const unread = notice.readAt === null;
        const event = EVENTS[notice.event];
        return (
          <li key={notice.id} className={unread ? 'notice-unread' : undefined}>
            <div className="notice-head">
              <strong>
                {unread ? <span className="visually-hidden">Unread: </span> : null}
                {notice.link ? (
                  <Link
                    to={appPath(notice.link)}
                    onClick={unread ? () => onRead(notice) : undefined}
                  >
                    {notice.subject}
                  </Link>
                ) : (
                  notice.subject
                )}
              </strong>{' '}
              {event ? <Badge tone={event.tone}>{event.label}</Badge> : null}
              <span className="sub">
                <DateText value={notice.createdAt} withTime />
              </span>
            </div>
            {full ? <p className="notice-text">{notice.text.split(/\n\s*\n/)[0]}</p> : null}
            {unread && full ? (
              <button
                type="button"
                className="button button-small"
                disabled={pending}
                onClick={() => onRead(notice)}
              >
                Mark as read<span className="visually-hidden">: {notice.subject}</span>
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
