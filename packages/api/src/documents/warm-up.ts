// The first PDF a process composes pays for the JIT compiling pdf-lib's and fontkit's code
// paths and for reading the font: ~0.3–0.5 s, against a target of PUBLISHED within a second
// (SPEC §5). Composing a small PDF once the server listens (`Api.warmUp`, before the worker
// takes jobs) moves that cost off the first publish; it builds the standard contract on the
// way, which is cached for its download route anyway.
import { composeCombinedPdf, sourceFromBytes } from './combined-pdf';
import { standardContractPdf } from './standard-contract';

export async function warmUpPdfPipeline(): Promise<void> {
  const contract = await standardContractPdf();
  await composeCombinedPdf({
    cover: {
      offerId: 'offer-warmup0000000',
      offerName: 'Warm-up',
      productName: 'Warm-up',
      resellerName: 'Offerdesk',
      isvName: 'Offerdesk',
      buyerAccountCount: 1,
    },
    eula: sourceFromBytes('contract.pdf', 'application/pdf', contract.bytes),
    documents: [sourceFromBytes('notes.txt', 'text/plain', new TextEncoder().encode('Notes'))],
    date: new Date(0),
  });
}
