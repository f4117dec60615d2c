import { PlannedPage } from '@offerdesk/ui';

export default function CatalogPage() {
  return (
    <PlannedPage
      summary="Public professional-services products."
      items={[
        'Each product with its description and publisher',
        'A product page that tells you when you have a private offer',
      ]}
    />
  );
}
