import { PlannedPage } from '@offerdesk/ui';

export default function ReportsPage() {
  return (
    <PlannedPage
      summary="How your offers perform and what revenue is coming."
      items={[
        'Offers by status and acceptance rate',
        'Billed and projected revenue by month, with a chart',
        'Upcoming disbursements; every table as CSV',
      ]}
    />
  );
}
