// `@offerdesk/api/authz`: the authorization matrix for suites outside this package (the
// reliability `authz` check drives it against a real server process). No vitest in here.
export { discountAuthorization } from '../isv/test-fixtures';
export {
  buildScenario,
  fillDraft,
  ROLES,
  type Role,
  type Scenario,
  waitForPublished,
} from './authz-fixture';
export { FILE_ROUTES } from './authz-file-table';
export {
  type CellResults,
  fileRouteNames,
  procedurePaths,
  runFileRow,
  runProcedureRow,
  tableGaps,
  wrongCells,
} from './authz-run';
export { TEST_PASSWORD, type TestClient } from '../testing/test-client';
export { type TestWorld, testWorld } from '../testing/test-world';
