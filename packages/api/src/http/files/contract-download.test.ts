import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageTexts } from '../../documents/testing/pdf-tools';
import { samplePdf } from '../../documents/testing/sample-pdfs';
import { discountAuthorization, newIsvAndReseller } from '../../isv/test-fixtures';
import { startTestApi, type TestApi, type TestClient } from '../../testing';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const CONTRACT_NAME = 'Acme – Northwind reseller terms 2027.pdf';

function download(client: TestClient, authorizationId: string, init?: RequestInit, query = '') {
  return client.fetchRaw(`/files/authorizations/${authorizationId}/contract.pdf${query}`, init);
}

/** As the seller console does it: upload the PDF, then name its hash in the authorization. */
async function customContractAuthorization(t: TestApi) {
  const parties = await newIsvAndReseller(t);
  const contract = await samplePdf([
    { lines: ['Reseller contract between Acme and Northwind', 'Clause 1'] },
  ]);
  const uploaded = await parties.isv.client.fetchRaw('/files/authorizations/contract', {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(CONTRACT_NAME) },
    body: contract,
  });
  expect(uploaded.status).toBe(201);
  const { authorizationId } = await parties.isv.client.trpc.isv.authorizations.create.mutate(
    discountAuthorization(parties.productId, parties.reseller.accountId, {
      contract: { kind: 'custom', sha256: sha256(contract), fileName: CONTRACT_NAME },
    }),
  );
  return { ...parties, authorizationId, contract };
}

describe('GET /files/authorizations/:authorizationId/contract.pdf', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  it('serves the custom contract to the ISV that attached it and the reseller holding it', async () => {
    const { isv, reseller, authorizationId, contract } = await customContractAuthorization(t);
    const opportunity = await reseller.client.trpc.reseller.opportunities.get.query({
      authorizationId,
    });
    expect(opportunity.contract).toMatchObject({ kind: 'custom', sha256: sha256(contract) });
    for (const client of [isv.client, reseller.client]) {
      const response = await download(client, authorizationId);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="Acme _ Northwind reseller terms 2027.pdf"; filename*=UTF-8''${encodeURIComponent(CONTRACT_NAME)}`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('etag')).toBe(`"${sha256(contract)}"`);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(sha256(bytes)).toBe(sha256(contract));
      expect((await pageTexts(bytes)).join('\n')).toContain(
        'Reseller contract between Acme and Northwind',
      );
    }
    const inline = await download(reseller.client, authorizationId, undefined, '?inline=1');
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; filename="/);
    await inline.arrayBuffer();

    const head = await download(reseller.client, authorizationId, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(contract.length));
    expect((await head.arrayBuffer()).byteLength).toBe(0);
    const again = await download(reseller.client, authorizationId, {
      headers: { 'if-none-match': `"${sha256(contract)}"` },
    });
    expect(again.status).toBe(304);
  });

  it('answers anyone else exactly as for an authorization that does not exist', async () => {
    const { authorizationId } = await customContractAuthorization(t);
    const otherSeller = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const buyer = await t.newAccount();
    const unknown = await download(buyer.client, 'resaleauthz-zzzzzzzzzzzzz');
    const unknownBody = await unknown.text();
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknownBody)).toEqual({
      error: { code: 'NOT_FOUND', message: 'This authorization was not found', issues: [] },
    });
    for (const client of [buyer.client, otherSeller.client]) {
      const response = await download(client, authorizationId);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toBe(unknown.headers.get('content-type'));
      expect(await response.text()).toBe(unknownBody);
    }
    const malformed = await download(buyer.client, '..%2Fcontracts%2Fstandard');
    expect(await malformed.text()).toBe(unknownBody);
    const anonymous = await download(t.anonymous(), authorizationId);
    expect(anonymous.status).toBe(401);
    await anonymous.arrayBuffer();
  });

  it('keeps the contract readable after the authorization is deactivated', async () => {
    const { isv, reseller, authorizationId, contract } = await customContractAuthorization(t);
    await isv.client.trpc.isv.authorizations.deactivate.mutate({ authorizationId });
    for (const client of [isv.client, reseller.client]) {
      const response = await download(client, authorizationId);
      expect(response.status).toBe(200);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(contract));
    }
  });

  it('serves the standard contract for a standard authorization, and nothing for none', async () => {
    const { isv, reseller, productId } = await newIsvAndReseller(t);
    const create = (contract: { kind: 'standard' } | { kind: 'none' }) =>
      isv.client.trpc.isv.authorizations.create.mutate(
        discountAuthorization(productId, reseller.accountId, { contract }),
      );
    const standard = await create({ kind: 'standard' });
    const response = await download(reseller.client, standard.authorizationId);
    const published = await t.anonymous().fetchRaw('/files/contracts/standard.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(published.headers.get('etag'));
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="Offerdesk Standard Reseller Contract\.pdf"/,
    );
    expect(Buffer.from(await response.arrayBuffer())).toEqual(
      Buffer.from(await published.arrayBuffer()),
    );

    const none = await create({ kind: 'none' });
    const missing = await download(isv.client, none.authorizationId);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toBe(
      'A reseller contract for this authorization was not found',
    );
  });
});
