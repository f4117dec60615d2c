import type { ReactNode } from 'react';

/** A page whose screen is not built yet: says plainly what it will hold. */
export function PlannedPage({ summary, items }: { summary: ReactNode; items: string[] }) {
  return (
    <section className="card planned" aria-label="What this page will show">
      <p>{summary}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="muted">This screen is being built; the navigation and sign-in already work.</p>
    </section>
  );
}
