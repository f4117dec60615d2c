// The ISV payment schedule: one row per installment, the ISV amount and its invoice date.
import { MAX_INSTALLMENTS } from '@offerdesk/core';
import { TextField } from '@offerdesk/ui';
import type { InstallmentRow } from './authorization-form-state';

type Props = {
  rows: InstallmentRow[];
  errors: Record<string, string>;
  onChange: (rows: InstallmentRow[]) => void;
};

export function ScheduleEditor({ rows, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<InstallmentRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="choices">
      <legend>Payment schedule</legend>
      {errors['pricing.installments'] ? (
        <p className="field-error">{errors['pricing.installments']}</p>
      ) : null}
      {rows.map((row, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the schedule
        <div className="installment-row" key={index}>
          <TextField
            label={`Payment ${index + 1}: amount to ISV (USD)`}
            inputMode="decimal"
            value={row.amount}
            onChange={(event) => set(index, { amount: event.target.value })}
            error={errors[`pricing.installments.${index}.isvCents`]}
          />
          <TextField
            label={`Payment ${index + 1}: invoice date`}
            type="date"
            value={row.date}
            onChange={(event) => set(index, { date: event.target.value })}
            error={errors[`pricing.installments.${index}.invoiceDate`]}
          />
          <button
            type="button"
            className="button button-small button-danger"
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove payment {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        disabled={rows.length >= MAX_INSTALLMENTS}
        onClick={() => onChange([...rows, { amount: '', date: '' }])}
      >
        Add a payment
      </button>
    </fieldset>
  );
}
