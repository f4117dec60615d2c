// The download routes: an offer's combined EULA PDF (stored, or a draft's preview), an
// authorization's reseller contract, and the Offerdesk Standard Reseller Contract. `?inline=1`
// shows the PDF in the browser (the buyer's inline viewer); otherwise it downloads. Stored PDFs
// are sent from the row's bytes as read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Services } from '../../context';
import { findAuthorizationContract } from '../../documents/authorization-contract';
import { composeOfferPreview, findOfferEulaPdf } from '../../documents/offer-eula-pdf';
import {
  STANDARD_CONTRACT_FILE_NAME,
  standardContractPdf,
} from '../../documents/standard-contract';
import { readStoredDocument } from '../../documents/store-document';
import { matchesEtag, type PdfResponse, pdfHeaders, sendPdf } from './file-responses';
import { signedInRequest } from './file-session';

type DescribedPdf = Omit<PdfResponse, 'bytes'>;

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
    const pdf = await composeOfferPreview(services.handle, found.offerId);
    sendPdf(res, method, {
      bytes: pdf.bytes,
      sha256: pdf.sha256,
      fileName: `${found.offerId}-eula-preview.pdf`,
      inline,
      cache: 'no-store',
    });
    return;
  }
  await sendStoredPdf(services, req, res, found.sizeBytes, {
    sha256: found.sha256,
    fileName: `${found.offerId}-eula.pdf`,
    inline,
    cache: 'revalidate',
  });
}

/** GET /files/authorizations/:authorizationId/contract.pdf — the ISV's and the reseller's. */
export async function downloadAuthorizationContract(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  authorizationId: string,
): Promise<void> {
  const { session } = await signedInRequest(services, req, res, 'query');
  const contract = await findAuthorizationContract(services.db, session.accountId, authorizationId);
  if (contract.kind === 'standard') {
    await downloadStandardContract(req, res, url);
    return;
  }
  await sendStoredPdf(services, req, res, contract.sizeBytes, {
    sha256: contract.sha256,
    fileName: contract.fileName,
    inline: wantsInline(url),
    cache: 'revalidate',
  });
}

/** 304 when the browser already holds these bytes (stored PDFs never change under a hash). */
function answeredFromCache(req: IncomingMessage, res: ServerResponse, pdf: DescribedPdf): boolean {
  if (!matchesEtag(req.headers['if-none-match'], pdf.sha256)) return false;
  const { 'content-length': _, 'content-type': __, ...headers } = pdfHeaders(pdf, 0);
  res.writeHead(304, headers).end();
  return true;
}

/** A PDF stored in `documents`: read only when its bytes are to be sent. */
async function sendStoredPdf(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  sizeBytes: number,
  pdf: DescribedPdf,
): Promise<void> {
  if (answeredFromCache(req, res, pdf)) return;
  if (req.method === 'HEAD') {
    res.writeHead(200, pdfHeaders(pdf, sizeBytes)).end();
    return;
  }
  const bytes = await readStoredDocument(services.handle, pdf.sha256);
  if (!bytes) throw new Error(`stored PDF ${pdf.sha256} (${pdf.fileName}) is missing`);
  sendPdf(res, req.method ?? 'GET', { ...pdf, bytes });
}

/** GET /files/contracts/standard.pdf — public: it is Offerdesk's own standard text. */
export async function downloadStandardContract(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const pdf = await standardContractPdf();
  const described: DescribedPdf = {
    sha256: pdf.sha256,
    fileName: STANDARD_CONTRACT_FILE_NAME,
    inline: wantsInline(url),
    cache: 'revalidate',
  };
  if (answeredFromCache(req, res, described)) return;
  sendPdf(res, req.method ?? 'GET', { ...described, bytes: pdf.bytes });
}
