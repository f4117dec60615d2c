// The public catalog: every listed product, searchable by name or description, each leading
// to its product page.
import { EmptyState, Link, TextField, useLocation, useNavigate, useTRPC } from '@offerdesk/ui';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { PagedList } from '../components/paged-list';
import { productPath } from '../lib/app-path';

const SEARCH_DELAY_MS = 250;

export default function CatalogPage() {
  const { search } = useLocation();
  const navigate = useNavigate();
  const applied = search.get('q') ?? '';
  const [text, setText] = useState(applied);

  useEffect(() => {
    if (text.trim() === applied) return;
    const timer = window.setTimeout(() => {
      const q = text.trim();
      navigate(q ? `/catalog?q=${encodeURIComponent(q)}` : '/catalog', { replace: true });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [text, applied, navigate]);

  return (
    <>
      <p className="lede">Public professional-services products on Offerdesk.</p>
      <search>
        <form className="inline-form" onSubmit={(event) => event.preventDefault()}>
          <TextField
            label="Search products"
            type="search"
            name="q"
            value={text}
            onChange={(event) => setText(event.target.value)}
            maxLength={200}
          />
        </form>
      </search>
      <ProductList search={applied} />
    </>
  );
}

function ProductList({ search }: { search: string }) {
  const trpc = useTRPC();
  const products = useInfiniteQuery({
    ...trpc.catalog.products.list.infiniteQueryOptions(
      { search: search || null, limit: 24 },
      { getNextPageParam: (page) => page.nextCursor },
    ),
    placeholderData: keepPreviousData,
  });
  return (
    <PagedList
      query={products}
      loadingLabel="Loading the catalog…"
      empty={
        <EmptyState title={search ? `No product matches “${search}”.` : 'No products yet.'}>
          {search ? <p>Try another word, or clear the search.</p> : null}
        </EmptyState>
      }
    >
      {(items) => (
        <>
          <p className="muted" aria-live="polite">
            {search ? `Products matching “${search}”` : 'All products'}
          </p>
          <ul className="card-grid">
            {items.map((product) => (
              <li key={product.id}>
                <article className="card">
                  <h2>
                    <Link to={productPath(product.id)}>{product.name}</Link>
                  </h2>
                  <p className="muted">Publisher: {product.seller.publicName}</p>
                  <p>{product.description}</p>
                  <p className="muted">
                    {product.dimensionCount === 1
                      ? '1 pricing dimension'
                      : `${product.dimensionCount} pricing dimensions`}
                  </p>
                </article>
              </li>
            ))}
          </ul>
        </>
      )}
    </PagedList>
  );
}
