import type { SellerRole } from '../../components/role-switch';

/** The report as CSV, for the same side (GET /files/reports/<report>.csv?role=…). */
export function CsvLink({ report, role }: { report: string; role: SellerRole }) {
  return (
    <a className="csv-link" href={`/files/reports/${report}.csv?role=${role}`} download>
      Download CSV
    </a>
  );
}
