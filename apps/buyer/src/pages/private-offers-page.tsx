import { PlannedPage } from '@offerdesk/ui';

export default function PrivateOffersPage() {
  return (
    <PlannedPage
      summary="The private offers extended to your account."
      items={[
        'Available: offers you can accept now, with expiry and total',
        'Accepted & expired: including cancelled offers, marked as such',
        'Go to offer: open an offer by its ID',
      ]}
    />
  );
}
