// Loading, error and empty states for a query, the same way on every list.
import { EmptyState, ErrorState, LoadingState } from '@offerdesk/ui';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';

type Props<T, E> = {
  query: UseQueryResult<T, E>;
  loading?: string;
  errorTitle?: string;
  /** When it returns true the empty state shows instead of the children. */
  isEmpty?: (data: T) => boolean;
  empty?: { title: string; body?: ReactNode };
  children: (data: T) => ReactNode;
};

export function QueryView<T, E>({
  query,
  loading,
  errorTitle,
  isEmpty,
  empty,
  children,
}: Props<T, E>) {
  if (query.isPending) return <LoadingState label={loading ?? 'Loading…'} />;
  if (query.isError) {
    return (
      <ErrorState error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />
    );
  }
  if (isEmpty?.(query.data) && empty) {
    return <EmptyState title={empty.title}>{empty.body}</EmptyState>;
  }
  return <>{children(query.data)}</>;
}
