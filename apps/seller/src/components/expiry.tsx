// An offer's expiry: the date, and the exact instant it stops being acceptable (23:59:59 UTC).
import { expiryInstant } from '@offerdesk/core';
import { formatDate } from '@offerdesk/ui';

export function Expiry({ date, long = false }: { date: string | null; long?: boolean }) {
  if (!date) return <span className="muted">Not set</span>;
  const instant = expiryInstant(date).toISOString();
  return (
    <time dateTime={instant} className={long ? undefined : 'nowrap'}>
      {formatDate(date)}
      {long ? ', 23:59:59 UTC' : <span className="sub">23:59:59 UTC</span>}
    </time>
  );
}
