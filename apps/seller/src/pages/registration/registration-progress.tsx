// The three parts of the seller registration and which are still missing (SPEC §1), as a
// progress bar and a list that links to each part's form below.
import type { RegistrationPart } from '@offerdesk/core';

export const PART_TITLES: Record<RegistrationPart, string> = {
  profile: 'Public profile',
  tax: 'Tax information',
  banking: 'Banking details',
};

export const PART_ORDER: RegistrationPart[] = ['profile', 'tax', 'banking'];

export function RegistrationProgress({ missing }: { missing: readonly RegistrationPart[] }) {
  const done = PART_ORDER.length - missing.length;
  return (
    <section className="card" aria-labelledby="progress-heading">
      <h2 id="progress-heading">
        {done} of {PART_ORDER.length} parts complete
      </h2>
      <progress
        className="registration-bar"
        value={done}
        max={PART_ORDER.length}
        aria-labelledby="progress-heading"
      />
      <ol className="registration-steps">
        {PART_ORDER.map((part) => {
          const complete = !missing.includes(part);
          return (
            <li key={part} className={complete ? 'step-complete' : 'step-missing'}>
              <span aria-hidden="true" className="step-mark">
                {complete ? '✓' : PART_ORDER.indexOf(part) + 1}
              </span>
              <a href={`#${part}-heading`}>{PART_TITLES[part]}</a>
              <span className={complete ? 'badge badge-ok' : 'badge badge-neutral'}>
                {complete ? 'Complete' : 'Missing'}
              </span>
            </li>
          );
        })}
      </ol>
      {missing.length === 0 ? (
        <p className="notice notice-ok">
          Your seller registration is complete: you can list products, authorize resellers and
          create private offers.
        </p>
      ) : (
        <p className="muted">
          Until all three parts are saved you can buy, but not list products, authorize resellers or
          create offers.
        </p>
      )}
    </section>
  );
}
