import { PlannedPage } from '@offerdesk/ui';

export default function SettingsPage() {
  return (
    <PlannedPage
      summary="Your seller registration and how you are paid."
      items={[
        'Public profile, tax and banking (shown masked)',
        'Disbursement preference: daily, or monthly on a day from 1 to 28',
      ]}
    />
  );
}
