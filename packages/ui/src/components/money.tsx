import { formatUsd } from '@offerdesk/core';

/** A USD amount held as integer cents, formatted exactly (never via floating dollars). */
export function Money({ cents, className }: { cents: number; className?: string }) {
  return <span className={className ? `money ${className}` : 'money'}>{formatUsd(cents)}</span>;
}
