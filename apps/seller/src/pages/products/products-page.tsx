import { PlannedPage } from '@offerdesk/ui';

export default function ProductsPage() {
  return (
    <PlannedPage
      summary="Your professional-services products, as an ISV."
      items={['Name, description and pricing dimensions with list prices', 'EULA upload (PDF)']}
    />
  );
}
