// Every paginated list of the console the same way: a loading line, the error with Try again,
// the empty state, then the items and Show more.
import { ErrorState, LoadingState } from '@offerdesk/ui';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

type Page<T> = { items: T[]; nextCursor: string | null };

type PagedListProps<T, TCursor, TError> = {
  query: UseInfiniteQueryResult<InfiniteData<Page<T>, TCursor>, TError>;
  loadingLabel: string;
  /** Shown when the list has no items (an EmptyState). */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
};

export function PagedList<T, TCursor, TError>({
  query,
  loadingLabel,
  empty,
  children,
}: PagedListProps<T, TCursor, TError>) {
  if (query.isPending) return <LoadingState label={loadingLabel} />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const items = query.data.pages.flatMap((page) => page.items);
  if (items.length === 0) return <>{empty}</>;
  return (
    <>
      {children(items)}
      <ShowMore
        hasMore={query.hasNextPage}
        loading={query.isFetchingNextPage}
        onMore={() => void query.fetchNextPage()}
      />
    </>
  );
}

/** "Show more" under a paginated list; says when there is nothing more. */
function ShowMore({
  hasMore,
  loading,
  onMore,
}: {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}) {
  if (!hasMore) return null;
  return (
    <p>
      <button type="button" className="button" onClick={onMore} disabled={loading}>
        {loading ? 'Loading more…' : 'Show more'}
      </button>
    </p>
  );
}
