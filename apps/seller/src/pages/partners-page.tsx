import { PlannedPage } from '@offerdesk/ui';

export default function PartnersPage() {
  return (
    <PlannedPage
      summary="Opportunities: the resale authorizations ISVs have granted to you."
      items={[
        'Product, ISV and pricing (discount off list, custom price or payment schedule)',
        'Reseller contract, buyer restriction and expiry',
        'Create offer: the wizard from contract to extend',
      ]}
    />
  );
}
