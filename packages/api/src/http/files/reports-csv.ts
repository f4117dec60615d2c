// GET /files/reports/<report>.csv?role=reseller|isv&from=…&to=…: a report as CSV, for the
// signed-in seller, with the same inputs and access rules as the reports.* procedures.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ZodError } from 'zod';
import { parseCookies, SESSION_COOKIE } from '../../auth/cookies';
import { lookupSession } from '../../auth/sessions';
import type { Services } from '../../context';
import { toCsv } from '../../reports/csv';
import { buildCsvTable, CSV_REPORTS, type CsvReport } from '../../reports/report-csv-tables';

const PATH = /^\/files\/reports\/([A-Za-z-]+)\.csv$/;

function plain(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
  });
  res.end(message);
}

export async function handleReportCsv(
  services: Services,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const match = PATH.exec(url.pathname);
  if (!match) return false;
  // The procedure's name works too: /files/reports/offersByStatus.csv.
  const report = (match[1] ?? '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) as CsvReport;
  if (!CSV_REPORTS.includes(report)) {
    plain(res, 404, 'There is no such report.');
    return true;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return true;
  }
  const token = parseCookies(req.headers.cookie).get(SESSION_COOKIE);
  const session = token ? await lookupSession(services, token) : null;
  if (!session) {
    plain(res, 401, 'Sign in to continue.');
    return true;
  }
  let table: Awaited<ReturnType<typeof buildCsvTable>>;
  try {
    table = await buildCsvTable(
      services.db,
      session.accountId,
      report,
      Object.fromEntries(url.searchParams),
      services.clock.now(),
    );
  } catch (error) {
    if (error instanceof ZodError) {
      plain(res, 400, error.issues[0]?.message ?? 'The report options are not valid.');
      return true;
    }
    throw error;
  }
  const today = services.clock.now().toISOString().slice(0, 10);
  res.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${report}-${today}.csv"`,
    'cache-control': 'private, no-store',
    'x-content-type-options': 'nosniff',
  });
  // A BOM so spreadsheet programs read the names' accents as UTF-8.
  res.end(req.method === 'HEAD' ? undefined : `\uFEFF${toCsv(table.header, table.rows)}`);
  return true;
}
