import type { useKeysetPages } from '../lib/use-keyset-pages';

type Pages = ReturnType<typeof useKeysetPages>;

/** Previous / Next over keyset pages; `label` names the list for screen readers. */
export function Pager({
  pages,
  nextCursor,
  label,
}: {
  pages: Pages;
  nextCursor: string | null | undefined;
  label: string;
}) {
  if (!pages.hasPrevious && !nextCursor) return null;
  return (
    <nav className="button-row pager" aria-label={`${label} pages`}>
      <button
        type="button"
        className="button button-small"
        onClick={pages.previous}
        disabled={!pages.hasPrevious}
      >
        Previous
      </button>
      <span className="muted">Page {pages.page}</span>
      <button
        type="button"
        className="button button-small"
        onClick={() => nextCursor && pages.next(nextCursor)}
        disabled={!nextCursor}
      >
        Next
      </button>
    </nav>
  );
}
