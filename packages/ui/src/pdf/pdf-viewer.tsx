// The inline PDF viewer both consoles use (the buyer's EULA, the seller's combined-PDF
// preview). pdf.js is large, so it lives in its own chunks, loaded only when a page shows a PDF.
import { lazy, Suspense } from 'react';
import { LoadingState } from '../components/states';

export type PdfViewerProps = {
  /** Same-origin URL of the PDF; fetched with the session cookie. */
  url: string;
  /** Names the scrollable region for screen readers, e.g. "End user license agreement". */
  label: string;
  /** When given, the bytes shown must hash to this SHA-256 (hex), or the viewer says so. */
  expectedSha256?: string;
};

const PdfCanvasPages = lazy(() => import('./pdf-canvas-pages'));

export function PdfViewer(props: PdfViewerProps) {
  return (
    <Suspense fallback={<LoadingState label="Loading the document viewer…" />}>
      <PdfCanvasPages {...props} />
    </Suspense>
  );
}
