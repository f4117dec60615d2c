import { PlannedPage } from '@offerdesk/ui';

export default function InvoicesPage() {
  return (
    <PlannedPage
      summary="Your invoices from accepted offers."
      items={[
        'Scheduled, due and paid invoices with amounts and dates',
        'Pay: record the payment of a due invoice',
      ]}
    />
  );
}
