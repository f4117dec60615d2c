import { PlannedPage } from '@offerdesk/ui';

export default function NotificationsPage() {
  return (
    <PlannedPage
      summary="What happened to the offers extended to you."
      items={['New offers, cancellations and expiry reminders', 'Mark as read']}
    />
  );
}
