import { PlannedPage } from '@offerdesk/ui';

export default function AuthorizationsPage() {
  return (
    <PlannedPage
      summary="Let resellers sell your products: resale authorizations."
      items={[
        'Discount off list, custom wholesale price or ISV payment schedule',
        'Reseller contract, buyer restriction and availability',
        'Deactivate or clone an authorization',
      ]}
    />
  );
}
