// The inline PDF viewer both consoles use (the buyer's EULA, the seller's combined-PDF
// preview). pdf.js is large (its chunks and worker outweigh the rest of a page), so it is not
// part of opening a page: it loads when the viewer's place comes near the screen, or at once
// when the reader presses the button shown there (for a browser without IntersectionObserver,
// or a reader who wants it before scrolling). Nothing else waits for it: the download link and
// Accept (which sends the hash the server gave with the offer) work without it.
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { ErrorState, LoadingState } from '../components/states';
import './pdf-viewer-slot.css';

export type PdfViewerProps = {
  /** Same-origin URL of the PDF; fetched with the session cookie. */
  url: string;
  /** Names the scrollable region for screen readers, e.g. "End user license agreement". */
  label: string;
  /** When given, the bytes shown must hash to this SHA-256 (hex), or the viewer says so. */
  expectedSha256?: string;
  /** The button that shows it before it is scrolled to, e.g. "Show the EULA here". */
  showLabel?: string;
};

const UNAVAILABLE = new Error('Download the PDF instead, or reload the page to try again.');

/** In the viewer's place when its code could not be fetched. */
function ViewerUnavailable() {
  return <ErrorState error={UNAVAILABLE} title="The document viewer could not be loaded" />;
}

// A chunk that fails to load (a network blip, a new release since the page opened) must not
// take the page down with it: the viewer's place says so, and the download link still works.
const PdfCanvasPages = lazy(() =>
  import('./pdf-canvas-pages').catch(() => ({ default: ViewerUnavailable })),
);

/** Start loading this far before the viewer's place scrolls into the window. */
const LOAD_MARGIN = '200px 0px';

export function PdfViewer({ showLabel = 'Show the document here', ...props }: PdfViewerProps) {
  const [wanted, setWanted] = useState(false);
  const slot = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const place = slot.current;
    if (wanted || !place || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setWanted(true);
      },
      { rootMargin: LOAD_MARGIN },
    );
    observer.observe(place);
    return () => observer.disconnect();
  }, [wanted]);

  const show = () => {
    setWanted(true);
    // The button goes away: keep the keyboard where it was rather than at the page's top.
    slot.current?.focus();
  };

  return (
    <div ref={slot} className="pdf-viewer-slot" tabIndex={-1}>
      {wanted ? (
        <Suspense fallback={<LoadingState label="Loading the document viewer…" />}>
          <PdfCanvasPages {...props} />
        </Suspense>
      ) : (
        <div className="pdf-viewer-placeholder">
          <button type="button" className="button" onClick={show}>
            {showLabel}
          </button>
        </div>
      )}
    </div>
  );
}
