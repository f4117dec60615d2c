import { PlannedPage } from '@offerdesk/ui';

export default function AgreementsPage() {
  return (
    <PlannedPage
      summary="Agreements from your offers, the moment a buyer accepts."
      items={[
        'As reseller: buyer, offer, amounts and payment schedule',
        'As ISV: agreements on your products, with your own amounts only',
      ]}
    />
  );
}
