import { createHash } from 'node:crypto';
import { createPdfDocument } from '@offerdesk/db/testing';
import { describe, expect, it } from 'vitest';
import { startTestApi } from '../testing';
import { refusalOf } from '../testing/trpc-error';
import { assessmentDimensions, countRows, newIsvWithProduct } from './test-fixtures';

const t = await startTestApi();

async function storeTextDocument(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await t.handle.db
    .insertInto('documents')
    .values({ sha256, media_type: 'text/plain', size_bytes: bytes.length, bytes })
    .onConflict((oc) => oc.column('sha256').doNothing())
    .execute();
  return sha256;
}

describe(`isv.products (${t.handle.kind})`, () => {
  it('creates a product with keys derived from display names, and shows it to its owner only', async () => {
    const { isv, productId, eulaSha256 } = await newIsvWithProduct(t);
    const product = await isv.client.trpc.isv.products.get.query({ productId });
    expect(product.eula).toEqual({ sha256: eulaSha256, fileName: 'EULA.pdf' });
    expect(product.dimensions).toEqual([
      {
        key: 'assessment',
        displayName: 'Assessment',
        description: 'Discovery and migration plan',
        listUnitCents: 2_500_000,
      },
      {
        key: 'workshop-day',
        displayName: 'Workshop day',
        description: 'One day on site',
        listUnitCents: 199_999,
      },
    ]);
    const list = await isv.client.trpc.isv.products.list.query();
    expect(list.items.map((p) => [p.id, p.hasEula, p.dimensionCount])).toEqual([
      [productId, true, 2],
    ]);

    const other = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const seen = await refusalOf(other.client.trpc.isv.products.get.query({ productId }));
    expect(seen.data?.code).toBe('NOT_FOUND');
    const edit = await refusalOf(
      other.client.trpc.isv.products.update.mutate({ productId, name: 'Taken over' }),
    );
    expect(edit.data?.code).toBe('NOT_FOUND');
    expect((await isv.client.trpc.isv.products.get.query({ productId })).name).not.toBe(
      'Taken over',
    );
    expect((await other.client.trpc.isv.products.list.query()).items).toEqual([]);
  });

  it('keeps given keys and makes derived keys unique', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const { productId } = await isv.client.trpc.isv.products.create.mutate({
      name: 'Keys',
      description: '',
      dimensions: [
        { displayName: 'Workshop day', description: '', listUnitCents: 1 },
        { displayName: 'Workshop-day!', description: '', listUnitCents: 2 },
        { key: 'custom-key', displayName: 'Résumé review', description: '', listUnitCents: 3 },
        { displayName: 'Überprüfung', description: '', listUnitCents: 4 },
        { displayName: '評価', description: '', listUnitCents: 5 },
      ],
    });
    const product = await isv.client.trpc.isv.products.get.query({ productId });
    expect(product.dimensions.map((d) => d.key)).toEqual([
      'workshop-day',
      'workshop-day-2',
      'custom-key',
      'uberprufung',
      'dimension-5',
    ]);
    expect(product.eula).toBeNull();
  });

  it('updates a product: the fields given change, dimensions are replaced', async () => {
    const { isv, productId } = await newIsvWithProduct(t);
    await isv.client.trpc.isv.products.update.mutate({
      productId,
      name: 'Renamed assessment',
      dimensions: [
        { key: 'assessment', displayName: 'Assessment', description: '', listUnitCents: 2_600_000 },
      ],
    });
    const product = await isv.client.trpc.isv.products.get.query({ productId });
    expect(product.name).toBe('Renamed assessment');
    expect(product.description).toBe('A fixed-scope assessment and migration plan.');
    expect(product.dimensions.map((d) => [d.key, d.listUnitCents])).toEqual([
      ['assessment', 2_600_000],
    ]);
  });

  const validProduct = {
    name: 'Valid product',
    description: 'Fine',
    dimensions: [{ displayName: 'Day', description: '', listUnitCents: 100_000 }],
  };
  const tooMany = Array.from({ length: 25 }, (_, i) => ({
    displayName: `Dimension ${i + 1}`,
    description: '',
    listUnitCents: 100,
  }));
  const refusals: [string, Record<string, unknown>, (string | number)[], string | RegExp][] = [
    ['an empty name', { name: '  ' }, ['name'], 'Enter a product name of 1 to 200 characters'],
    [
      'a name of 201 characters',
      { name: 'x'.repeat(201) },
      ['name'],
      'Enter a product name of 1 to 200 characters',
    ],
    ['no dimensions', { dimensions: [] }, ['dimensions'], 'Add at least one pricing dimension'],
    [
      '25 dimensions',
      { dimensions: tooMany },
      ['dimensions'],
      'A product can have at most 24 pricing dimensions',
    ],
    [
      'a list price above 10,000,000.00',
      { dimensions: [{ displayName: 'Day', description: '', listUnitCents: 1_000_000_001 }] },
      ['dimensions', 0, 'listUnitCents'],
      /at most|from \$0\.00 to \$10,000,000\.00/,
    ],
    [
      'a list price with a fraction of a cent',
      { dimensions: [{ displayName: 'Day', description: '', listUnitCents: 10.5 }] },
      ['dimensions', 0, 'listUnitCents'],
      /\$10,000,000\.00/,
    ],
    [
      'two dimensions with the same display name',
      {
        dimensions: [
          { displayName: 'Day', description: '', listUnitCents: 1 },
          { displayName: 'day', description: '', listUnitCents: 2 },
        ],
      },
      ['dimensions', 1, 'displayName'],
      'Pricing dimension "day" appears more than once',
    ],
    [
      'two dimensions with the same key',
      {
        dimensions: [
          { key: 'same', displayName: 'One', description: '', listUnitCents: 1 },
          { key: 'same', displayName: 'Two', description: '', listUnitCents: 2 },
        ],
      },
      ['dimensions', 1, 'key'],
      'Pricing dimension "same" appears more than once',
    ],
    [
      'a key with spaces',
      { dimensions: [{ key: 'a b', displayName: 'One', description: '', listUnitCents: 1 }] },
      ['dimensions', 0, 'key'],
      /lower-case letters, digits and dashes/,
    ],
    [
      'an EULA that was never uploaded',
      { eulaSha256: 'a'.repeat(64) },
      ['eulaSha256'],
      'No uploaded EULA has this SHA-256; upload the EULA again',
    ],
    ['a malformed EULA hash', { eulaSha256: 'abc' }, ['eulaSha256'], /64 hex digits/],
  ];

  it.each(refusals)('refuses %s, writing nothing', async (_what, change, path, message) => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const refusal = await refusalOf(
      isv.client.trpc.isv.products.create.mutate({
        ...validProduct,
        ...change,
      } as typeof validProduct),
    );
    expect(refusal.data?.code).toBe('BAD_REQUEST');
    const issue = refusal.data?.issues.find((i) => JSON.stringify(i.path) === JSON.stringify(path));
    expect(issue?.message).toMatch(message);
    expect(await countRows(t, 'products', 'seller_account_id', isv.accountId)).toBe(0);
  });

  it('refuses a EULA that is not a PDF', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const eulaSha256 = await storeTextDocument(`Plain terms ${isv.accountId}`);
    const refusal = await refusalOf(
      isv.client.trpc.isv.products.create.mutate({ ...validProduct, eulaSha256 }),
    );
    expect(refusal.data?.issues).toEqual([
      { path: ['eulaSha256'], message: 'The EULA must be a PDF file' },
    ]);
    expect(await countRows(t, 'products', 'seller_account_id', isv.accountId)).toBe(0);
  });

  it('refuses to create products before the seller registration is complete', async () => {
    const isv = await t.newAccount({ seller: 'no-tax', sellerType: 'ISV' });
    const refusal = await refusalOf(isv.client.trpc.isv.products.create.mutate(validProduct));
    expect(refusal.data?.code).toBe('PRECONDITION_FAILED');
    expect(refusal.message).toBe(
      'Complete your seller registration first: tax information is missing',
    );
    expect(await countRows(t, 'products', 'seller_account_id', isv.accountId)).toBe(0);
  });

  it('refuses an update of a product to an invalid state, leaving it as it was', async () => {
    const { isv, productId } = await newIsvWithProduct(t);
    const refusal = await refusalOf(
      isv.client.trpc.isv.products.update.mutate({ productId, name: '', dimensions: [] }),
    );
    expect(refusal.data?.issues.map((i) => i.path)).toEqual([['name'], ['dimensions']]);
    const product = await isv.client.trpc.isv.products.get.query({ productId });
    expect(product.dimensions).toHaveLength(assessmentDimensions.length);
  });

  it('pages through products newest first', async () => {
    const isv = await t.newAccount({ seller: 'complete', sellerType: 'ISV' });
    const ids: string[] = [];
    for (const name of ['First', 'Second', 'Third']) {
      const eulaSha256 = await createPdfDocument(t.handle.db);
      ids.push(
        (await isv.client.trpc.isv.products.create.mutate({ ...validProduct, name, eulaSha256 }))
          .productId,
      );
    }
    const first = await isv.client.trpc.isv.products.list.query({ limit: 2 });
    expect(first.items.map((p) => p.name)).toEqual(['Third', 'Second']);
    expect(first.nextCursor).not.toBeNull();
    const second = await isv.client.trpc.isv.products.list.query({
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map((p) => p.id)).toEqual([ids[0]]);
    expect(second.nextCursor).toBeNull();
    const searched = await isv.client.trpc.isv.products.list.query({ search: 'SECO' });
    expect(searched.items.map((p) => p.name)).toEqual(['Second']);
    const stale = await refusalOf(isv.client.trpc.isv.products.list.query({ cursor: 'garbage' }));
    expect(stale.data?.issues).toEqual([
      { path: ['cursor'], message: 'This page link is out of date; reload the list' },
    ]);
  });
});
