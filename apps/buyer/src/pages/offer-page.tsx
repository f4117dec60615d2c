import { PlannedPage, type RouteProps } from '@offerdesk/ui';

export default function OfferPage({ params }: RouteProps) {
  return (
    <PlannedPage
      summary={`Offer ${params.offerId ?? ''}: everything you need to decide, and the Accept button.`}
      items={[
        'Product, seller of record and publisher',
        'Dimensions, quantities, unit prices, payment schedule and total',
        'Expiry with the time left',
        'The combined EULA: read it here or download it; accept with the consent box',
      ]}
    />
  );
}
