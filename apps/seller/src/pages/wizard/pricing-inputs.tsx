// The pricing step's tables: product dimensions with quantities (fixed for FPS), and, for
// FIXED PRICE, the payment schedule with a buyer amount per installment.

import { formatDate, Money } from '@offerdesk/ui';
import { TableFrame } from '../../components/table-frame';
import type { PricingFields } from './pricing-form';
import type { SellerOffer } from './wizard-steps';

type Props = {
  offer: SellerOffer;
  fields: PricingFields;
  errors: Record<string, string>;
  onChange: (patch: Partial<PricingFields>) => void;
};

function replaceAt(list: string[], index: number, value: string): string[] {
  return list.map((item, i) => (i === index ? value : item));
}

export function PricingInputs({ offer, fields, errors, onChange }: Props) {
  const showList = offer.authorization.pricingKind === 'discount';
  return (
    <>
      <TableFrame label="Product dimensions">
        <table className="data-table stack-on-phone">
          <caption>Product dimensions</caption>
          <thead>
            <tr>
              <th scope="col">Display name</th>
              <th scope="col">Description</th>
              {showList ? (
                <th scope="col" className="num">
                  List price
                </th>
              ) : null}
              <th scope="col">Quantity</th>
            </tr>
          </thead>
          <tbody>
            {offer.dimensions.map((d, index) => {
              const error = errors[`dimensions.${index}.quantity`];
              const errorId = `quantity-error-${index}`;
              return (
                <tr key={d.key}>
                  <th scope="row" data-label="Display name">
                    {d.displayName}
                  </th>
                  <td data-label="Description">{d.description}</td>
                  {showList ? (
                    <td className="num" data-label="List price">
                      <Money cents={d.listUnitCents} />
                    </td>
                  ) : null}
                  <td className="input-cell" data-label="Quantity">
                    {d.fixed ? (
                      <>
                        {d.quantity ?? 1} <span className="sub">Fixed by the payment schedule</span>
                      </>
                    ) : (
                      <>
                        <input
                          aria-label={`Quantity of ${d.displayName}`}
                          inputMode="numeric"
                          value={fields.quantities[index] ?? ''}
                          aria-invalid={error ? true : undefined}
                          aria-describedby={error ? errorId : undefined}
                          onChange={(event) =>
                            onChange({
                              quantities: replaceAt(fields.quantities, index, event.target.value),
                            })
                          }
                        />
                        {error ? (
                          <p id={errorId} className="field-error">
                            {error}
                          </p>
                        ) : null}
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableFrame>
      {fields.mode === 'FIXED_PRICE' ? (
        <TableFrame label="Payment schedule">
          <table className="data-table stack-on-phone">
            <caption>Payment schedule: enter the amount the buyer pays for each payment</caption>
            <thead>
              <tr>
                <th scope="col">Payment</th>
                <th scope="col" className="num">
                  Payment to ISV (USD)
                </th>
                <th scope="col">Payment from buyer (USD)</th>
                <th scope="col">Invoice date</th>
              </tr>
            </thead>
            <tbody>
              {offer.schedule.map((s, index) => {
                const error =
                  errors[`pricing.buyerCents.${index}`] ?? errors[`schedule.${index}.invoiceDate`];
                const errorId = `buyer-amount-error-${index}`;
                return (
                  <tr key={s.invoiceDate}>
                    <th scope="row" data-label="Payment">
                      {index + 1}
                    </th>
                    <td className="num" data-label="Payment to ISV (USD)">
                      <Money cents={s.isvCents} />
                    </td>
                    <td className="input-cell" data-label="Payment from buyer (USD)">
                      <input
                        aria-label={`Payment ${index + 1} from buyer (USD)`}
                        inputMode="decimal"
                        value={fields.buyerAmounts[index] ?? ''}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        onChange={(event) =>
                          onChange({
                            buyerAmounts: replaceAt(fields.buyerAmounts, index, event.target.value),
                          })
                        }
                      />
                      {error ? (
                        <p id={errorId} className="field-error">
                          {error}
                        </p>
                      ) : null}
                    </td>
                    <td className="nowrap" data-label="Invoice date">
                      {formatDate(s.invoiceDate)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableFrame>
      ) : null}
    </>
  );
}
