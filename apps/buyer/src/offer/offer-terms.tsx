// What the buyer pays: the dimensions with quantities and unit prices, then when it is billed
// (upfront on acceptance, or the payment schedule's invoice dates and amounts).
import { formatDate } from '@offerdesk/core';
import { Money } from '@offerdesk/ui';
import type { BuyerOffer } from './offer-types';

export function OfferPricing({ offer }: { offer: BuyerOffer }) {
  const upfront = offer.billing === 'UPFRONT';
  return (
    <section className="card" aria-labelledby="pricing-heading">
      <h2 id="pricing-heading">Pricing</h2>
      <table className="table table-stack">
        <caption className="visually-hidden">Dimensions, quantities and prices</caption>
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col" className="num">
              Quantity
            </th>
            {upfront ? (
              <>
                <th scope="col" className="num">
                  Unit price
                </th>
                <th scope="col" className="num">
                  Amount
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {offer.dimensions.map((dimension) => (
            <tr key={dimension.key}>
              <td data-label="Dimension">
                {dimension.displayName}
                {dimension.description && dimension.description !== dimension.displayName ? (
                  <span className="cell-sub">{dimension.description}</span>
                ) : null}
              </td>
              <td data-label="Quantity" className="num">
                {dimension.quantity.toLocaleString('en-US')}
              </td>
              {upfront ? (
                <>
                  <td data-label="Unit price" className="num">
                    {dimension.unitCents === null ? '—' : <Money cents={dimension.unitCents} />}
                  </td>
                  <td data-label="Amount" className="num">
                    {dimension.amountCents === null ? '—' : <Money cents={dimension.amountCents} />}
                  </td>
                </>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {upfront ? null : (
        <p className="muted">
          Fixed units: the price is set per installment in the payment schedule below.
        </p>
      )}
      <p className="total-line">
        <span>Total</span>
        <Money cents={offer.totalCents} />
      </p>
    </section>
  );
}

export function PaymentSchedule({ offer }: { offer: BuyerOffer }) {
  return (
    <section className="card" aria-labelledby="schedule-heading">
      <h2 id="schedule-heading">Payment schedule</h2>
      {offer.billing === 'UPFRONT' ? (
        <p>
          Paid upfront on acceptance: one invoice of <Money cents={offer.totalCents} /> is issued
          the moment you accept.
        </p>
      ) : (
        <InstallmentTable installments={offer.installments} totalCents={offer.totalCents} />
      )}
    </section>
  );
}

export function InstallmentTable({
  installments,
  totalCents,
}: {
  installments: { invoiceDate: string; amountCents: number }[];
  totalCents: number;
}) {
  return (
    <table className="table">
      <caption className="visually-hidden">Invoices by date</caption>
      <thead>
        <tr>
          <th scope="col">Payment</th>
          <th scope="col">Invoice date</th>
          <th scope="col" className="num">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {installments.map((installment, index) => (
          <tr key={installment.invoiceDate}>
            <td>{index + 1}</td>
            <td>
              <time dateTime={installment.invoiceDate}>{formatDate(installment.invoiceDate)}</time>
            </td>
            <td className="num">
              <Money cents={installment.amountCents} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={2}>
            Total
          </th>
          <td className="num">
            <Money cents={totalCents} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
