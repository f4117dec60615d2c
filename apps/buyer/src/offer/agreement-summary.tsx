// The agreement this account made by accepting: its ID, when, and the terms it froze.
import { formatDate as formatInstant, Link, Money } from '@offerdesk/ui';
import { InstallmentTable } from './offer-terms';
import type { BuyerAgreement } from './offer-types';

export function AgreementSummary({ agreement }: { agreement: BuyerAgreement }) {
  return (
    <section className="card" aria-labelledby="agreement-heading">
      <h2 id="agreement-heading">Your agreement</h2>
      <dl className="facts">
        <dt>Agreement ID</dt>
        <dd className="mono">{agreement.id}</dd>
        <dt>Accepted</dt>
        <dd>
          <time dateTime={agreement.acceptedAt}>{formatInstant(agreement.acceptedAt, true)}</time>
        </dd>
        <dt>Total</dt>
        <dd>
          <Money cents={agreement.totalCents} />
        </dd>
        <dt>Billing</dt>
        <dd>
          {agreement.billing === 'UPFRONT'
            ? 'Paid upfront on acceptance'
            : `${agreement.installments.length} installments`}
        </dd>
        <dt>EULA accepted</dt>
        <dd>
          SHA-256 <span className="mono">{agreement.eulaSha256}</span>
        </dd>
      </dl>
      {agreement.lines.length > 0 ? (
        <ul className="doc-list">
          {agreement.lines.map((line) => (
            <li key={line.key}>
              {line.displayName}: {line.quantity.toLocaleString('en-US')} ×{' '}
              <Money cents={line.unitCents} /> = <Money cents={line.amountCents} />
            </li>
          ))}
        </ul>
      ) : null}
      {agreement.installments.length > 0 ? (
        <InstallmentTable installments={agreement.installments} totalCents={agreement.totalCents} />
      ) : null}
      <p className="actions">
        <Link to="/invoices">See your invoices</Link>
        <Link to="/agreements">All agreements</Link>
      </p>
    </section>
  );
}
