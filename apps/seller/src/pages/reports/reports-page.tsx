// Reports (SPEC §9): offers by status, acceptance rate, billed and projected revenue by month
// (with a chart), upcoming disbursements — as reseller, or as ISV with its own amounts. Every
// table downloads as CSV from /files/reports/<report>.csv.
import { useState } from 'react';
import { RoleSwitch, type SellerRole } from '../../components/role-switch';
import { AcceptanceReport, OffersByStatusReport } from './offer-reports';
import './reports.css';
import { RevenueReport, UpcomingDisbursementsReport } from './money-reports';

export default function ReportsPage() {
  const [role, setRole] = useState<SellerRole>('reseller');
  return (
    <>
      <RoleSwitch role={role} onChange={setRole} label="Reports side" />
      <RevenueReport role={role} />
      <OffersByStatusReport role={role} />
      <AcceptanceReport role={role} />
      <UpcomingDisbursementsReport role={role} />
    </>
  );
}
