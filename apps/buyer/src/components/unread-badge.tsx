import { useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';

/** The unread count after "Notifications" in the navigation; nothing when all are read. */
export function UnreadBadge() {
  const trpc = useTRPC();
  const { data } = useQuery({
    ...trpc.buyer.notifications.list.queryOptions({ limit: 1 }),
    refetchInterval: 60_000,
  });
  const unread = data?.unreadCount ?? 0;
  if (unread === 0) return null;
  return (
    <span className="nav-badge">
      {unread > 99 ? '99+' : unread}
      <span className="visually-hidden"> unread</span>
    </span>
  );
}
