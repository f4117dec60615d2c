// `@offerdesk/api/authz`: the authorization matrix, its scenario and signed-in clients for
// suites outside this package (the reliability authz, fuzz and security checks drive them
// against a real server process). No vitest in here.
export { discountAuthorization } from '../isv/test-fixtures';
export { TEST_PASSWORD, type TestClient } from '../testing/test-client';
export { type TestWorld, testWorld } from '../testing/test-world';
export { FILE_ROUTES } from './authz-file-table';
export {
  buildScenario,
  fillDraft,
  ROLES,
  type Role,
  type Scenario,
  waitForPublished,
} from './authz-fixture';
export {
  type CellResults,
  fileRouteNames,
  procedurePaths,
  runFileRow,
  runProcedureRow,
  tableGaps,
  wrongCells,
} from './authz-run';
