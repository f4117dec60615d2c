// Issue 8, check 8: the authorization matrix (SPEC §12) against a real server process on
// PostgreSQL — the same table as packages/api's vitest matrix (`@offerdesk/api/authz`), every
// procedure of the router (listed at run time) and every file route × the six roles. Each cell
// is a trial; a wrong outcome, a 5xx, a procedure without a row or an error line in the
// server's log is a failure.
import {
  buildScenario,
  type CellResults,
  fileRouteNames,
  procedurePaths,
  runFileRow,
  runProcedureRow,
  tableGaps,
  testWorld,
  wrongCells,
} from '@offerdesk/api/authz';
import type { Check } from '../check';
import { errorLines } from '../support/server-log';
import { startThrowawayServer } from '../support/throwaway-server';

function cellFailures<T>(name: string, result: CellResults<T>): string[] {
  const failures = wrongCells(result).map(
    (role) => `${name} as ${role}: expected ${result.expected[role]}, got ${result.answers[role]}`,
  );
  for (const role of result.serverErrors) {
    if (result.actual[role] === result.expected[role]) continue; // already listed if wrong
    failures.push(`${name} as ${role}: server error ${result.answers[role]}`);
  }
  return failures;
}

export const authzCheck: Check = {
  name: 'authz',
  async run({ adminUrl, log }) {
    const running = await startThrowawayServer(adminUrl, { prefix: 'offerdesk_authz' });
    const failures: string[] = [];
    let trials = 0;
    try {
      const { missing, extra } = tableGaps();
      for (const path of missing) failures.push(`${path} has no row in the authorization matrix`);
      for (const path of extra) failures.push(`the matrix has a row for ${path}, not a procedure`);

      const s = await buildScenario(testWorld(running.server.baseUrl, running.handle));
      for (const path of procedurePaths.filter((p) => !missing.includes(p))) {
        const result = await runProcedureRow(s, path);
        trials += Object.keys(result.actual).length;
        failures.push(...cellFailures(path, result));
      }
      for (const name of fileRouteNames) {
        const result = await runFileRow(s, name);
        trials += Object.keys(result.actual).length;
        failures.push(...cellFailures(name, result));
      }
      log(`${procedurePaths.length} procedures and ${fileRouteNames.length} file routes × 6 roles`);
      for (const line of errorLines(running.server.output())) {
        failures.push(`server log: ${line}`);
      }
    } finally {
      await running.close();
    }
    return { trials, failures };
  },
};
