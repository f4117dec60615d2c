// What the three registration forms share: the part's heading with its state, and the save
// button with the "Saved" confirmation announced to screen readers.
import type { RegistrationPart } from '@offerdesk/core';
import type { ReactNode } from 'react';
import { PART_TITLES } from './registration-progress';

export function PartHeading({ part, complete }: { part: RegistrationPart; complete: boolean }) {
  return (
    <h2 id={`${part}-heading`} tabIndex={-1} className="part-heading">
      {PART_TITLES[part]}{' '}
      <span className={complete ? 'badge badge-ok' : 'badge badge-neutral'}>
        {complete ? 'Complete' : 'Missing'}
      </span>
    </h2>
  );
}

export function SaveRow({
  pending,
  done,
  label,
  children,
}: {
  pending: boolean;
  done: boolean;
  label: string;
  children?: ReactNode;
}) {
  return (
    <div className="button-row">
      <button type="submit" className="button button-main" disabled={pending}>
        {pending ? 'Saving…' : label}
      </button>
      {children}
      <span role="status" className="copy-status">
        {done ? 'Saved' : ''}
      </span>
    </div>
  );
}
