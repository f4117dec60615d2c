// The download routes: an offer's combined EULA PDF (stored, or a draft's preview) and the
// Offerdesk Standard Reseller Contract. `?inline=1` shows the PDF in the browser (the buyer's
// inline viewer); otherwise it downloads. Stored PDFs are sent from the row's bytes as read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../context';
import { composeOfferPreview, findOfferEulaPdf } from '../../documents/offer-eula-pdf';
import { readStoredDocument } from '../../documents/offer-pdf-input';
import {
  STANDARD_CONTRACT_FILE_NAME,
  standardContractPdf,
} from '../../documents/standard-contract';
import { matchesEtag, pdfHeaders, sendPdf } from './file-responses';
import { signedInRequest } from './file-session';

function wantsInline(url: URL): boolean {
  const inline = url.searchParams.get('inline');
  return inline === '1' || inline === 'true';
}

/** GET /files/offers/:offerId/eula.pdf */
export async function downloadOfferEula(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  offerId: string,
): Promise<void> {
  const { session } = await signedInRequest(services, req, res, 'query');
  const found = await findOfferEulaPdf(services.db, session.accountId, offerId);
  const method = req.method ?? 'GET';
  const inline = wantsInline(url);
  if (found.kind === 'preview') {
    const pdf = await composeOfferPreview(services.db, found.offerId);
    sendPdf(res, method, {
      bytes: pdf.bytes,
      sha256: pdf.sha256,
      fileName: `${found.offerId}-eula-preview.pdf`,
      inline,
      cache: 'no-store',
    });
    return;
  }
  const described = {
    sha256: found.sha256,
    fileName: `${found.offerId}-eula.pdf`,
    inline,
    cache: 'revalidate' as const,
  };
  if (matchesEtag(req.headers['if-none-match'], found.sha256)) {
    const { 'content-length': _, 'content-type': __, ...headers } = pdfHeaders(described, 0);
    res.writeHead(304, headers).end();
    return;
  }
  if (method === 'HEAD') {
    res.writeHead(200, pdfHeaders(described, found.sizeBytes)).end();
    return;
  }
  const bytes = await readStoredDocument(services.db, found.sha256);
  if (!bytes) throw new Error(`combined PDF ${found.sha256} of ${found.offerId} is not stored`);
  sendPdf(res, method, { ...described, bytes });
}

/** GET /files/contracts/standard.pdf — public: it is Offerdesk's own standard text. */
export async function downloadStandardContract(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const pdf = await standardContractPdf();
  const described = {
    sha256: pdf.sha256,
    fileName: STANDARD_CONTRACT_FILE_NAME,
    inline: wantsInline(url),
    cache: 'revalidate' as const,
  };
  if (matchesEtag(req.headers['if-none-match'], pdf.sha256)) {
    const { 'content-length': _, 'content-type': __, ...headers } = pdfHeaders(described, 0);
    res.writeHead(304, headers).end();
    return;
  }
  sendPdf(res, req.method ?? 'GET', { ...described, bytes: pdf.bytes });
}
