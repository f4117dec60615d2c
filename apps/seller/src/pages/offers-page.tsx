import { PlannedPage } from '@offerdesk/ui';

export default function OffersPage() {
  return (
    <PlannedPage
      summary="Every private offer you created, from draft to accepted."
      items={[
        'Offer ID, name, product, buyer IDs, status, created, expires, accepted count',
        'Filter by status, search by ID, name or buyer, sort and paginate',
        'View details with history, copy offer URL, update expiration, clone, cancel',
      ]}
    />
  );
}
