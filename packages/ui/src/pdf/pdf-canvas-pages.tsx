// pdf.js's pages drawn to canvases, one figure per page, with each page's text kept for screen
// readers (a canvas has none). Loaded lazily through PdfViewer.
import type { PDFDocumentProxy, RenderTask } from 'pdfjs-dist';
import { useEffect, useRef, useState } from 'react';
import { ErrorState, LoadingState } from '../components/states';
import { loadPdf } from './load-pdf';
import type { PdfViewerProps } from './pdf-viewer';
import './pdf-viewer.css';

type State =
  | { kind: 'loading' }
  | { kind: 'error'; error: unknown }
  | { kind: 'ready'; doc: PDFDocumentProxy };

export default function PdfCanvasPages({ url, label, expectedSha256 }: PdfViewerProps) {
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // `attempt` is read so that "Try again" runs this effect anew.
    void attempt;
    const controller = new AbortController();
    let doc: PDFDocumentProxy | null = null;
    setState({ kind: 'loading' });
    loadPdf(url, expectedSha256, controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) {
          void loaded.destroy();
          return;
        }
        doc = loaded;
        setState({ kind: 'ready', doc: loaded });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: 'error', error });
      },
    );
    return () => {
      controller.abort();
      void doc?.destroy();
    };
  }, [url, expectedSha256, attempt]);

  if (state.kind === 'loading') return <LoadingState label="Loading the document…" />;
  if (state.kind === 'error') {
    return (
      <ErrorState
        error={state.error}
        title="The document could not be shown"
        onRetry={() => setAttempt((n) => n + 1)}
      />
    );
  }
  const { doc } = state;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it
    <section className="pdf-viewer" aria-label={label} tabIndex={0}>
      {Array.from({ length: doc.numPages }, (_, index) => (
        <PdfPage
          // biome-ignore lint/suspicious/noArrayIndexKey: pages are fixed for a loaded document
          key={index}
          doc={doc}
          pageNumber={index + 1}
          pageCount={doc.numPages}
        />
      ))}
    </section>
  );
}

type PageProps = { doc: PDFDocumentProxy; pageNumber: number; pageCount: number };

function PdfPage({ doc, pageNumber, pageCount }: PageProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const [text, setText] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let task: RenderTask | null = null;
    const draw = async () => {
      const page = await doc.getPage(pageNumber);
      const canvas = canvasRef.current;
      if (!canvas || cancelled) return;
      // Sharp at the width the page is shown at; CSS scales it if the window changes later.
      const natural = page.getViewport({ scale: 1 });
      const cssWidth = canvas.parentElement?.clientWidth || natural.width;
      const viewport = page.getViewport({
        scale: (cssWidth * (window.devicePixelRatio || 1)) / natural.width,
      });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      task = page.render({ canvas, viewport });
      await task.promise;
      const content = await page.getTextContent();
      const words = content.items.map((item) =>
        'str' in item ? `${item.str}${item.hasEOL ? '\n' : ''}` : '',
      );
      if (!cancelled) setText(words.join(''));
    };
    draw().catch(() => {
      if (!cancelled) setFailed(true);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [doc, pageNumber]);

  const name = `Page ${pageNumber} of ${pageCount}`;
  return (
    <figure className="pdf-page" aria-label={name} aria-busy={text === null && !failed}>
      <canvas ref={canvasRef} />
      {failed ? (
        <figcaption className="pdf-page-error">{name} could not be drawn.</figcaption>
      ) : null}
      {text ? <div className="pdf-page-text">{text}</div> : null}
    </figure>
  );
}
