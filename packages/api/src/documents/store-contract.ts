// A custom reseller contract (SPEC §7) is uploaded before the authorization that names it:
// the ISV gets back the SHA-256 to pass to isv.authorizations.create. Only a seller whose
// registration is complete may upload one, as only such a seller can create authorizations.
import { assertSellerRegistered } from '../sellers/registration';
import { type DocumentStore, storeDocument } from './store-document';

export async function storeResellerContract(
  store: DocumentStore,
  actor: { accountId: string },
  input: { bytes: Uint8Array; sha256: string },
): Promise<{ sha256: string }> {
  await assertSellerRegistered(store.db, actor.accountId);
  const sha256 = await storeDocument(store, { ...input, mediaType: 'application/pdf' });
  return { sha256 };
}
