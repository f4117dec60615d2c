import { NavCount, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';

/** The unread count after "Notifications" in the navigation; nothing when all are read. */
export function UnreadBadge() {
  const trpc = useTRPC();
  const { data } = useQuery({
    ...trpc.buyer.notifications.unreadCount.queryOptions(),
    refetchInterval: 60_000,
  });
  return <NavCount count={data?.count ?? 0} label="unread" />;
}
