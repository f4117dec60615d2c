import { useQuery } from '@tanstack/react-query';
import { useTRPC } from '../trpc';
import { DateText } from './date-text';
import { ErrorState, LoadingState } from './states';

/** The API's health answer, e.g. "API: ok, database pglite". */
export function ApiStatus() {
  const trpc = useTRPC();
  const health = useQuery(trpc.health.queryOptions());
  if (health.isPending) return <LoadingState label="Checking the API…" />;
  if (health.isError) return <ErrorState error={health.error} title="The API is not answering" />;
  return (
    <p className="api-status">
      API: {health.data.ok ? 'ok' : 'not ok'}, database {health.data.database}
      <span className="muted">
        {' '}
        (server time <DateText value={health.data.time} withTime />)
      </span>
    </p>
  );
}
