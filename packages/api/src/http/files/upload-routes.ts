// The upload routes. The body is the file's raw bytes (not multipart): simpler to stream and
// cap, and the browser still reports progress — the seller console sends it with
// XMLHttpRequest, whose `xhr.upload.onprogress` events fire as the body goes out:
//
//   xhr.open('POST', `/files/offers/${offerId}/documents`);
//   xhr.setRequestHeader('x-file-name', encodeURIComponent(file.name));
//   xhr.setRequestHeader('x-csrf-token', csrfCookie);
//   xhr.upload.onprogress = (e) => setProgress(e.loaded / e.total);
//   xhr.send(file);
//
// The file name travels percent-encoded in X-File-Name (headers are not UTF-8). The request's
// Content-Type is ignored: the content says what the file is. Cheap refusals (session, CSRF,
// access, offer state, name) come before a byte of the body is read.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_DOCUMENT_BYTES, uploadCandidateIssues } from '@offerdesk/core';
import type { Services } from '../../context';
import {
  addOfferDocument,
  assertCanAddDocument,
  countOfferDocuments,
} from '../../documents/add-offer-document';
import { assertOwnedProduct, setProductEula } from '../../documents/set-product-eula';
import { storeResellerContract } from '../../documents/store-contract';
import {
  UploadRejectedError,
  uploadMessages,
  validateUpload,
} from '../../documents/validate-upload';
import { AppError } from '../../errors';
import { findOwnedOffer, offerNotFound } from '../../offers/offer-access';
import { assertSellerRegistered } from '../../sellers/registration';
import { sendJson } from './file-responses';
import { signedInRequest } from './file-session';
import { readBodyWithCap } from './read-body';

export const FILE_NAME_HEADER = 'x-file-name';

const fileNameMessages = {
  missing: 'Send the file name in the X-File-Name header (percent-encoded UTF-8)',
  encoding: 'The X-File-Name header is not valid percent-encoded UTF-8',
  control: 'A file name cannot contain line breaks or control characters',
};

/**
 * The uploaded file's name: percent-decoded, without any folder a browser put before it, and
 * with an extension the route takes (.pdf, or .pdf/.txt for offer documents).
 */
function fileNameOf(req: IncomingMessage, accept: 'pdf' | 'pdf-or-text'): string {
  const raw = req.headers[FILE_NAME_HEADER];
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw AppError.field(['fileName'], fileNameMessages.missing);
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw AppError.field(['fileName'], fileNameMessages.encoding);
  }
  const name = (decoded.split(/[\\/]/).pop() ?? '').trim();
  if (/\p{Cc}/u.test(name)) throw AppError.field(['fileName'], fileNameMessages.control);
  if (accept === 'pdf' && !name.toLowerCase().endsWith('.pdf')) {
    throw new UploadRejectedError('unsupported-type', uploadMessages.pdfOnly, ['fileName']);
  }
  // Empty, too long, not .pdf/.txt: core's sentences, as the seller console shows them.
  const issue = uploadCandidateIssues({ name, sizeBytes: 1 })[0];
  if (issue) {
    const unsupported = issue.message === uploadMessages.extension;
    throw new UploadRejectedError(unsupported ? 'unsupported-type' : 'name', issue.message, [
      'fileName',
    ]);
  }
  return name;
}

/** POST /files/offers/:offerId/documents → 201 { document } */
export async function uploadOfferDocument(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  offerId: string,
): Promise<void> {
  const { session } = await signedInRequest(services, req, res, 'mutation');
  if (!/^offer-[a-z0-9]{13}$/.test(offerId)) throw offerNotFound();
  const offer = await findOwnedOffer(services.db, session.accountId, offerId);
  assertCanAddDocument(offer, await countOfferDocuments(services.db, offer.id), services.clock);
  const fileName = fileNameOf(req, 'pdf-or-text');
  const body = await readBodyWithCap(req, MAX_DOCUMENT_BYTES);
  const validated = await validateUpload({ fileName, bytes: body.bytes, accept: 'pdf-or-text' });
  const document = await addOfferDocument(services.db, services.clock, session, {
    offerId: offer.id,
    fileName,
    bytes: body.bytes,
    sha256: body.sha256,
    mediaType: validated.mediaType,
    pageCount: validated.pageCount ?? null,
  });
  sendJson(res, 201, { document });
}

/** POST /files/products/:productId/eula → 200 { productId, eula } */
export async function uploadProductEula(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  productId: string,
): Promise<void> {
  const { session } = await signedInRequest(services, req, res, 'mutation');
  await assertOwnedProduct(services.db, session.accountId, productId);
  const fileName = fileNameOf(req, 'pdf');
  const body = await readBodyWithCap(req, MAX_DOCUMENT_BYTES);
  const validated = await validateUpload({ fileName, bytes: body.bytes, accept: 'pdf' });
  await setProductEula(services.db, services.clock, session, {
    productId,
    fileName,
    bytes: body.bytes,
    sha256: body.sha256,
  });
  sendJson(res, 200, {
    productId,
    eula: {
      sha256: body.sha256,
      fileName,
      sizeBytes: body.bytes.length,
      pageCount: validated.pageCount ?? null,
    },
  });
}

/** POST /files/authorizations/contract → 201 { sha256, fileName, sizeBytes, pageCount } */
export async function uploadResellerContract(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { session } = await signedInRequest(services, req, res, 'mutation');
  await assertSellerRegistered(services.db, session.accountId);
  const fileName = fileNameOf(req, 'pdf');
  const body = await readBodyWithCap(req, MAX_DOCUMENT_BYTES);
  const validated = await validateUpload({ fileName, bytes: body.bytes, accept: 'pdf' });
  const { sha256 } = await storeResellerContract(services.handle, session, body);
  sendJson(res, 201, {
    sha256,
    fileName,
    sizeBytes: body.bytes.length,
    pageCount: validated.pageCount ?? null,
  });
}
