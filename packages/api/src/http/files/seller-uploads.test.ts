import { createHash } from 'node:crypto';
import { createProduct } from '@offerdesk/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { encryptedPdf, samplePdf } from '../../documents/testing/sample-pdfs';
import { uploadMessages } from '../../documents/validate-upload';
import { startTestApi, type TestApi, type TestClient } from '../../testing';

type ErrorBody = { error: { code: string; message: string } };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function post(client: TestClient, path: string, fileName: string, body: Uint8Array | string) {
  return client.fetchRaw(path, {
    method: 'POST',
    headers: { 'x-file-name': encodeURIComponent(fileName) },
    body,
  });
}

describe('POST /files/products/:productId/eula', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  it("sets the owning ISV's product EULA", async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const { productId } = await createProduct(t.handle.db, isv.accountId);
    const eula = await samplePdf([{ lines: ['EULA'] }, { lines: ['Terms'] }]);
    const response = await post(
      isv.client,
      `/files/products/${productId}/eula`,
      'Acme EULA 2027.pdf',
      eula,
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      productId,
      eula: {
        sha256: sha256(eula),
        fileName: 'Acme EULA 2027.pdf',
        sizeBytes: eula.length,
        pageCount: 2,
      },
    });
    const product = await t.handle.db
      .selectFrom('products')
      .select(['eula_sha256', 'eula_file_name'])
      .where('id', '=', productId)
      .executeTakeFirstOrThrow();
    expect(product).toEqual({ eula_sha256: sha256(eula), eula_file_name: 'Acme EULA 2027.pdf' });
  });

  it('takes only a readable PDF, from the owner only, and keeps the EULA otherwise', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const { productId, eulaSha256 } = await createProduct(t.handle.db, isv.accountId);
    const path = `/files/products/${productId}/eula`;

    const text = await post(isv.client, path, 'EULA.txt', 'plain terms');
    expect(text.status).toBe(415);
    expect(((await text.json()) as ErrorBody).error.message).toBe(uploadMessages.pdfOnly);

    const locked = await post(
      isv.client,
      path,
      'EULA.pdf',
      await encryptedPdf(await samplePdf('EULA')),
    );
    expect(locked.status).toBe(400);
    expect(((await locked.json()) as ErrorBody).error.message).toBe(uploadMessages.encrypted);

    const other = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const notOwner = await post(other.client, path, 'EULA.pdf', await samplePdf('EULA'));
    const unknown = await post(
      other.client,
      '/files/products/00000000-0000-4000-8000-000000000000/eula',
      'EULA.pdf',
      await samplePdf('EULA'),
    );
    expect(notOwner.status).toBe(404);
    expect(await notOwner.text()).toBe(await unknown.text());

    const product = await t.handle.db
      .selectFrom('products')
      .select('eula_sha256')
      .where('id', '=', productId)
      .executeTakeFirstOrThrow();
    expect(product.eula_sha256).toBe(eulaSha256);
  });
});

describe('POST /files/authorizations/contract', () => {
  let t: TestApi;

  beforeAll(async () => {
    t = await startTestApi();
  });

  it('stores a custom reseller contract and returns its SHA-256', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const contract = await samplePdf('Reseller contract');
    const response = await post(
      isv.client,
      '/files/authorizations/contract',
      'Contract.pdf',
      contract,
    );
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ sha256: sha256(contract), pageCount: 1 });
    const stored = await t.handle.db
      .selectFrom('documents')
      .select(['media_type', 'size_bytes'])
      .where('sha256', '=', sha256(contract))
      .executeTakeFirstOrThrow();
    expect(stored).toEqual({ media_type: 'application/pdf', size_bytes: contract.length });
  });

  it('needs a complete seller registration and a PDF', async () => {
    const incomplete = await t.newAccount({ seller: 'no-tax' });
    const refused = await post(
      incomplete.client,
      '/files/authorizations/contract',
      'Contract.pdf',
      await samplePdf('Contract'),
    );
    expect(refused.status).toBe(412);
    expect(((await refused.json()) as ErrorBody).error.message).toBe(
      'Complete your seller registration first: tax information is missing',
    );
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const text = await post(isv.client, '/files/authorizations/contract', 'Contract.txt', 'terms');
    expect(text.status).toBe(415);
  });
});
