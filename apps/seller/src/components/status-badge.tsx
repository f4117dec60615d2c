import type { OfferDisplayStatus } from '@offerdesk/core';
import { STATUS_LABELS, STATUS_TONES } from '../lib/offer-status';

export function StatusBadge({ status }: { status: OfferDisplayStatus }) {
  return <span className={`badge badge-${STATUS_TONES[status]}`}>{STATUS_LABELS[status]}</span>;
}

/** A badge for any other status word (authorizations, invoices, disbursements). */
export function Badge({
  tone,
  children,
}: {
  tone: 'neutral' | 'ok' | 'busy' | 'bad';
  children: string;
}) {
  return <span className={`badge badge-${tone}`}>{children}</span>;
}
