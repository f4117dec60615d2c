import { PlannedPage } from '@offerdesk/ui';

export default function InvoicesPage() {
  return (
    <PlannedPage
      summary="What buyers were invoiced and what is paid out to you."
      items={[
        'Invoices: scheduled, due and paid, with buyer, ISV and reseller amounts',
        'Disbursements: net of the listing fee, dated by your disbursement preference',
      ]}
    />
  );
}
