import { PlannedPage, type RouteProps } from '@offerdesk/ui';

export default function ProductPage({ params }: RouteProps) {
  return (
    <PlannedPage
      summary={`Product ${params.productId ?? ''}.`}
      items={[
        'Description and pricing dimensions',
        '"You have a private offer" when one is extended to you',
      ]}
    />
  );
}
