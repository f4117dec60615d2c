import { PlannedPage } from '@offerdesk/ui';

export default function AgreementsPage() {
  return (
    <PlannedPage
      summary="The agreements your account accepted."
      items={[
        'Offer, product, seller of record and terms',
        'Payment schedule and the EULA you accepted',
      ]}
    />
  );
}
