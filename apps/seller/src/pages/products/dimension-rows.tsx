// The product's pricing dimensions: display name, description and list price per unit; rows
// can be added (up to 24) and removed (at least one stays).
import { MAX_DIMENSIONS } from '@offerdesk/core';
import { TextField } from '@offerdesk/ui';
import { type DimensionRow, emptyDimension } from './product-form-state';

type Props = {
  rows: DimensionRow[];
  errors: Record<string, string>;
  onChange: (rows: DimensionRow[]) => void;
};

export function DimensionRows({ rows, errors, onChange }: Props) {
  const set = (index: number, patch: Partial<DimensionRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <fieldset className="choices">
      <legend>Pricing dimensions</legend>
      {errors.dimensions ? <p className="field-error">{errors.dimensions}</p> : null}
      {rows.map((row, index) => (
        <div className="dimension-row" key={row.key ?? `new-${index}`}>
          <TextField
            label={`Dimension ${index + 1} name`}
            value={row.displayName}
            onChange={(event) => set(index, { displayName: event.target.value })}
            error={errors[`dimensions.${index}.displayName`]}
          />
          <TextField
            label={`Dimension ${index + 1} description`}
            value={row.description}
            onChange={(event) => set(index, { description: event.target.value })}
            error={errors[`dimensions.${index}.description`]}
          />
          <TextField
            label={`Dimension ${index + 1} list price (USD)`}
            inputMode="decimal"
            value={row.price}
            onChange={(event) => set(index, { price: event.target.value })}
            error={errors[`dimensions.${index}.listUnitCents`]}
          />
          <button
            type="button"
            className="button button-small button-danger"
            disabled={rows.length === 1}
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
          >
            Remove dimension {index + 1}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button-small"
        disabled={rows.length >= MAX_DIMENSIONS}
        onClick={() => onChange([...rows, emptyDimension()])}
      >
        Add a dimension
      </button>
    </fieldset>
  );
}
