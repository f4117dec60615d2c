// A product's create or edit form (SPEC §7): name, description, pricing dimensions with list
// prices, and the EULA (PDF), uploaded with a progress bar once the product exists.
import { centsToInput } from '@offerdesk/core';
import { type RouteProps, useTRPC } from '@offerdesk/ui';
import { useQuery } from '@tanstack/react-query';
import { QueryView } from '../../components/query-view';
import { EulaUpload } from './eula-upload';
import { ProductForm } from './product-form';

export default function ProductEditPage({ params }: RouteProps) {
  const productId = params.productId;
  if (!productId) return <ProductForm productId={null} initial={null} />;
  return <ExistingProduct productId={productId} />;
}

function ExistingProduct({ productId }: { productId: string }) {
  const trpc = useTRPC();
  const product = useQuery(trpc.isv.products.get.queryOptions({ productId }));
  return (
    <QueryView
      query={product}
      loading="Loading the product…"
      errorTitle="This product could not be loaded"
    >
      {(data) => (
        <>
          <ProductForm
            productId={data.id}
            initial={{
              name: data.name,
              description: data.description,
              dimensions: data.dimensions.map((d) => ({
                key: d.key,
                displayName: d.displayName,
                description: d.description,
                price: centsToInput(d.listUnitCents),
              })),
            }}
          />
          <section className="card" aria-labelledby="eula-heading">
            <h2 id="eula-heading">EULA</h2>
            <EulaUpload productId={data.id} current={data.eula?.fileName ?? null} />
          </section>
          {data.authorizationCount > 0 ? (
            <p className="muted">
              {data.authorizationCount} resale authorization(s) were made from this product. They
              keep the terms, prices and EULA they were made with; edits here apply to new ones.
            </p>
          ) : null}
        </>
      )}
    </QueryView>
  );
}
