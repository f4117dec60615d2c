// Runs the authorization matrix's rows against a scenario, for both runners (the vitest matrix
// and the reliability `authz` check). The procedures are listed from the router at run time,
// not from the table, so a new procedure without a row is reported by name.
import type { AnyProcedure } from '@trpc/server';
import { appRouter } from '../root';
import { FILE_ROUTES } from './authz-file-table';
import {
  callProcedure,
  type ProcedurePath,
  ROLES,
  type Role,
  type Scenario,
} from './authz-fixture';
import { MATRIX, type Row } from './authz-table';

// Typed as the nested record, but at run time tRPC 11 keeps every procedure under its dotted path.
export const procedures = appRouter._def.procedures as unknown as Record<string, AnyProcedure>;
export const procedurePaths = Object.keys(procedures).sort();
export const fileRouteNames = Object.keys(FILE_ROUTES);
const rows = MATRIX as Record<string, Row<ProcedurePath> | undefined>;

export const byRole = <T>(values: readonly T[]) =>
  Object.fromEntries(ROLES.map((role, i) => [role, values[i]])) as Record<Role, T>;

/** Procedures of the router without a row, and rows naming no procedure. */
export function tableGaps(): { missing: string[]; extra: string[] } {
  return {
    missing: procedurePaths.filter((path) => !rows[path]),
    extra: Object.keys(rows).filter((path) => !procedures[path]),
  };
}

export type CellResults<T> = {
  expected: Record<Role, T>;
  actual: Record<Role, T>;
  /** Per role, the status and the start of the body: what to print when a cell is wrong. */
  answers: Record<Role, string>;
  /** Roles whose call was answered 5xx: wrong whatever the row says. */
  serverErrors: Role[];
};

/** Calls `path` as each of the six roles with the row's input; the outcome per role. */
export async function runProcedureRow(s: Scenario, path: string): Promise<CellResults<string>> {
  const row = rows[path];
  if (!row) throw new Error(`${path} has no row in the authorization matrix: add one (SPEC §12)`);
  const type = procedures[path]?._def.type === 'mutation' ? 'mutation' : 'query';
  const actual: Partial<Record<Role, string>> = {};
  const answers: Partial<Record<Role, string>> = {};
  const serverErrors: Role[] = [];
  for (const role of ROLES) {
    const client = row.client ? await row.client(s, role) : s.clients[role];
    const input = row.input ? await row.input(s, role) : undefined;
    const answer = await callProcedure(client, path, type, input);
    actual[role] = answer.outcome;
    answers[role] = `${answer.status} ${answer.body.slice(0, 300)}`;
    if (answer.status >= 500) serverErrors.push(role);
  }
  return {
    expected: byRole(row.expect),
    actual: actual as Record<Role, string>,
    answers: answers as Record<Role, string>,
    serverErrors,
  };
}

/** Requests the file route as each of the six roles; the HTTP status per role. */
export async function runFileRow(s: Scenario, name: string): Promise<CellResults<number>> {
  const route = FILE_ROUTES[name];
  if (!route) throw new Error(`no file route named ${name}`);
  const actual: Partial<Record<Role, number>> = {};
  const answers: Partial<Record<Role, string>> = {};
  const serverErrors: Role[] = [];
  for (const role of ROLES) {
    const { path, init } = await route.request(s, role);
    const response = await s.clients[role].fetchRaw(path, init);
    const body = Buffer.from(await response.arrayBuffer());
    actual[role] = response.status;
    answers[role] = `${response.status} ${body.subarray(0, 200).toString('latin1')}`;
    if (response.status >= 500) serverErrors.push(role);
  }
  return {
    expected: byRole(route.expect),
    actual: actual as Record<Role, number>,
    answers: answers as Record<Role, string>,
    serverErrors,
  };
}

/** The roles whose outcome differs from the table's. */
export function wrongCells<T>(result: CellResults<T>): Role[] {
  return ROLES.filter((role) => result.actual[role] !== result.expected[role]);
}
