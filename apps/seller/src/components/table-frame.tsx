import type { ReactNode } from 'react';

/**
 * A table's frame: it scrolls sideways on narrow screens, so it is a named region that the
 * keyboard can reach (Tab, then the arrow keys), as axe-core asks of scrollable regions.
 */
export function TableFrame({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be focusable
    <section className="table-frame" tabIndex={0} aria-label={label}>
      {children}
    </section>
  );
}
