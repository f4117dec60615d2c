// The file routes beside tRPC (SPEC §11) × the same six roles as the procedure table, with
// the HTTP status each must get. Shared by the vitest matrix and the reliability `authz` check.

import { discountAuthorization } from '../isv/test-fixtures';
import { CSV_REPORTS } from '../reports/report-csv-tables';
import { type Role, type Scenario, smallPdf } from './authz-fixture';

export type FileRequest = { path: string; init?: RequestInit };
export type FileRow = {
  /** HTTP status per role, in ROLES order. */
  expect: readonly [number, number, number, number, number, number];
  request: (s: Scenario, role: Role) => FileRequest | Promise<FileRequest>;
};

const upload = (path: string, fileName: string, body: Uint8Array | string): FileRequest => ({
  path,
  init: { method: 'POST', headers: { 'x-file-name': fileName }, body },
});

const customContracts = new WeakMap<Scenario, Promise<string>>();

/** The scenario's ISV grants its reseller a second authorization, with a custom contract. */
function customContractAuthorization(s: Scenario): Promise<string> {
  let made = customContracts.get(s);
  if (!made) {
    made = (async () => {
      const isv = s.clients.owningIsv;
      const { path, init } = upload(
        '/files/authorizations/contract',
        'Terms.pdf',
        await smallPdf(),
      );
      const { sha256 } = (await (await isv.fetchRaw(path, init)).json()) as { sha256: string };
      const terms = discountAuthorization(s.productId, s.accounts.owningReseller.accountId, {
        contract: { kind: 'custom', sha256, fileName: 'Terms.pdf' },
      });
      return (await isv.trpc.isv.authorizations.create.mutate(terms)).authorizationId;
    })();
    customContracts.set(s, made);
  }
  return made;
}

// biome-ignore format: the table's columns are aligned by hand
export const FILE_ROUTES: Record<string, FileRow> = {
  // expect: [anonymous, other buyer, targeted buyer, other seller, owning reseller, owning ISV]
  'POST /files/offers/:offerId/documents': {
    expect:                                                 [401, 404, 404, 404, 201, 404],
    request: (s) => upload(`/files/offers/${s.draft.offerId}/documents`, 'Annex.txt', 'Annex'),
  },
  'GET /files/offers/:offerId/eula.pdf (published)': {
    expect:                                                 [401, 404, 200, 404, 200, 404],
    request: (s) => ({ path: `/files/offers/${s.published.offerId}/eula.pdf` }),
  },
  'HEAD /files/offers/:offerId/eula.pdf (published)': {
    expect:                                                 [401, 404, 200, 404, 200, 404],
    request: (s) => ({
      path: `/files/offers/${s.published.offerId}/eula.pdf`,
      init: { method: 'HEAD' },
    }),
  },
  'GET /files/offers/:offerId/eula.pdf (draft preview)': {
    // The draft names the targeted buyer, who still must not see it before it is published.
    expect:                                                 [401, 404, 404, 404, 200, 404],
    request: (s) => ({ path: `/files/offers/${s.draft.offerId}/eula.pdf` }),
  },
  'POST /files/products/:productId/eula': {
    expect:                                                 [401, 404, 404, 404, 404, 200],
    request: async (s) =>
      upload(`/files/products/${s.productId}/eula`, 'EULA.pdf', await smallPdf()),
  },
  'POST /files/authorizations/contract': {
    // Not tied to a row: any registered seller may upload the contract it will attach.
    expect:                                                 [401, 412, 412, 201, 201, 201],
    request: async () => upload('/files/authorizations/contract', 'Contract.pdf', await smallPdf()),
  },
  'GET /files/authorizations/:authorizationId/contract.pdf (custom)': {
    // Between the ISV and the reseller: nobody else learns the authorization exists.
    expect:                                                 [401, 404, 404, 404, 200, 200],
    request: async (s) => ({
      path: `/files/authorizations/${await customContractAuthorization(s)}/contract.pdf`,
    }),
  },
  'HEAD /files/authorizations/:authorizationId/contract.pdf (custom)': {
    expect:                                                 [401, 404, 404, 404, 200, 200],
    request: async (s) => ({
      path: `/files/authorizations/${await customContractAuthorization(s)}/contract.pdf`,
      init: { method: 'HEAD' },
    }),
  },
  'GET /files/authorizations/:authorizationId/contract.pdf (standard)': {
    expect:                                                 [401, 404, 404, 404, 200, 200],
    request: (s) => ({ path: `/files/authorizations/${s.authorizationId}/contract.pdf` }),
  },
  'GET /files/contracts/standard.pdf': {
    expect:                                                 [200, 200, 200, 200, 200, 200],
    request: () => ({ path: '/files/contracts/standard.pdf' }),
  },
  ...Object.fromEntries(
    CSV_REPORTS.map((report): [string, FileRow] => [
      `GET /files/reports/${report}.csv`,
      {
        // Each seller's own figures; nobody else's row is reachable through the query string.
        expect:                                             [401, 200, 200, 200, 200, 200],
        request: () => ({ path: `/files/reports/${report}.csv` }),
      },
    ]),
  ),
};
