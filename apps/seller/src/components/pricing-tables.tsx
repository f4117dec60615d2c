// An offer's prices as the reseller checks them: unit prices per dimension (upfront offers)
// or the payment schedule (FPS), and the three totals. Every figure is integer cents from
// core's priceOffer, formatted by core's formatUsd.

import type { OfferPricing } from '@offerdesk/core';
import { formatDate, Money } from '@offerdesk/ui';
import { TableFrame } from './table-frame';

type Dimension = { key: string; displayName: string; description: string };

export function PricingTables({
  pricing,
  dimensions,
  caption = 'Prices',
}: {
  pricing: OfferPricing;
  dimensions: readonly Dimension[];
  caption?: string;
}) {
  const nameOf = (key: string) => dimensions.find((d) => d.key === key)?.displayName ?? key;
  return (
    <>
      {pricing.lines.length > 0 ? (
        <TableFrame label={`${caption}: unit prices`}>
          <table className="data-table stack-on-phone">
            <caption>{caption}: unit prices (paid upfront, on acceptance)</caption>
            <thead>
              <tr>
                <th scope="col">Dimension</th>
                <th scope="col" className="num">
                  Quantity
                </th>
                <th scope="col" className="num">
                  Wholesale unit
                </th>
                <th scope="col" className="num">
                  Buyer unit
                </th>
                <th scope="col" className="num">
                  To ISV
                </th>
                <th scope="col" className="num">
                  From buyer
                </th>
                <th scope="col" className="num">
                  To reseller
                </th>
              </tr>
            </thead>
            <tbody>
              {pricing.lines.map((line) => (
                <tr key={line.key}>
                  <th scope="row" data-label="Dimension">
                    {nameOf(line.key)}
                  </th>
                  <td className="num" data-label="Quantity">
                    {line.quantity.toLocaleString('en-US')}
                  </td>
                  <td className="num" data-label="Wholesale unit">
                    <Money cents={line.wholesaleUnitCents} />
                  </td>
                  <td className="num" data-label="Buyer unit">
                    <Money cents={line.buyerUnitCents} />
                  </td>
                  <td className="num" data-label="To ISV">
                    <Money cents={line.isvCents} />
                  </td>
                  <td className="num" data-label="From buyer">
                    <Money cents={line.buyerCents} />
                  </td>
                  <td className="num" data-label="To reseller">
                    <Money cents={line.resellerCents} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      {pricing.installments.length > 0 ? (
        <TableFrame label={`${caption}: payment schedule`}>
          <table className="data-table stack-on-phone">
            <caption>{caption}: payment schedule</caption>
            <thead>
              <tr>
                <th scope="col">Payment</th>
                <th scope="col" className="num">
                  Payment to ISV (USD)
                </th>
                <th scope="col" className="num">
                  Payment from buyer (USD)
                </th>
                <th scope="col">Invoice date</th>
              </tr>
            </thead>
            <tbody>
              {pricing.installments.map((row, index) => (
                <tr key={row.invoiceDate}>
                  <th scope="row" data-label="Payment">
                    {index + 1}
                  </th>
                  <td className="num" data-label="Payment to ISV (USD)">
                    <Money cents={row.isvCents} />
                  </td>
                  <td className="num" data-label="Payment from buyer (USD)">
                    <Money cents={row.buyerCents} />
                  </td>
                  <td className="nowrap" data-label="Invoice date">
                    {formatDate(row.invoiceDate)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
      <Totals totals={pricing.totals} />
    </>
  );
}

export function Totals({ totals }: { totals: OfferPricing['totals'] }) {
  return (
    <dl className="totals" aria-label="Totals">
      <div>
        <dt>Total due to ISV (USD)</dt>
        <dd>
          <Money cents={totals.isvCents} />
        </dd>
      </div>
      <div>
        <dt>Total due from buyer (USD)</dt>
        <dd>
          <Money cents={totals.buyerCents} />
        </dd>
      </div>
      <div>
        <dt>Total due to reseller (USD)</dt>
        <dd>
          <Money cents={totals.resellerCents} />
        </dd>
      </div>
    </dl>
  );
}
