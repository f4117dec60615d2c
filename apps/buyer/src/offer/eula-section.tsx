// The combined EULA (SPEC §6): one PDF with the publisher's EULA first and the seller's
// documents after it, downloadable at once and shown inline (pdf.js, loaded only as this
// section comes into view or when the buyer asks for it, so the offer opens without it).
import { PdfViewer } from '@offerdesk/ui';
import { formatBytes } from '../lib/time-left';
import type { BuyerOffer } from './offer-types';

export function EulaSection({ offer }: { offer: BuyerOffer }) {
  const { combinedPdf, documents } = offer;
  return (
    <section className="card" aria-labelledby="eula-heading">
      <h2 id="eula-heading">End user license agreement</h2>
      <p>One PDF holds the publisher&apos;s EULA and the seller&apos;s documents, in this order:</p>
      <ol className="doc-list">
        {documents.map((document, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two documents may share a file name
          <li key={index}>
            <span className="doc-name">{document.fileName}</span>
            <span className="muted">
              {document.kind === 'EULA' ? ' (publisher’s EULA)' : ' (from the seller)'}
            </span>
          </li>
        ))}
      </ol>
      <p className="actions">
        <a className="button button-link" href={combinedPdf.url} download>
          Download the EULA (PDF, {formatBytes(combinedPdf.sizeBytes)})
        </a>
      </p>
      <PdfViewer
        url={combinedPdf.url}
        label="End user license agreement (PDF)"
        expectedSha256={combinedPdf.sha256}
        showLabel="Show the EULA here"
      />
    </section>
  );
}
