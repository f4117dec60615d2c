// Pricing of a new authorization: a discount off list, custom wholesale prices per dimension,
// or an ISV payment schedule (rows of ISV amount and invoice date, with fixed units).
import { TextField } from '@offerdesk/ui';
import { CheckField, SelectField } from '../../components/fields';
import type { AuthorizationFields, PricingKind } from './authorization-form-state';
import { ScheduleEditor } from './schedule-editor';

type Props = {
  fields: AuthorizationFields;
  dimensions: { key: string; displayName: string }[];
  errors: Record<string, string>;
  onChange: (patch: Partial<AuthorizationFields>) => void;
};

const KINDS: { kind: PricingKind; label: string }[] = [
  { kind: 'discount', label: 'Discount off list price' },
  { kind: 'custom', label: 'Custom wholesale price per dimension' },
  { kind: 'schedule', label: 'ISV payment schedule (installments, fixed units)' },
];

export function PricingFields({ fields, dimensions, errors, onChange }: Props) {
  return (
    <section className="card" aria-labelledby="pricing-heading">
      <h2 id="pricing-heading">Pricing</h2>
      <fieldset className="choices">
        <legend>What the reseller pays you</legend>
        {KINDS.map(({ kind, label }) => (
          <CheckField
            key={kind}
            type="radio"
            name="pricingKind"
            label={label}
            checked={fields.pricingKind === kind}
            onChange={() =>
              onChange(
                kind === 'schedule'
                  ? { pricingKind: kind, availability: 'single_use' }
                  : { pricingKind: kind },
              )
            }
          />
        ))}
      </fieldset>
      {fields.pricingKind === 'discount' ? (
        <TextField
          label="Discount off list (%)"
          className="field-narrow"
          inputMode="decimal"
          value={fields.discount}
          onChange={(event) => onChange({ discount: event.target.value })}
          error={errors['pricing.discountPpm']}
          hint="Up to 4 decimals, e.g. 15.5."
        />
      ) : null}
      {fields.pricingKind === 'custom' ? (
        dimensions.length === 0 ? (
          <p className="muted">Choose the product to enter a wholesale price per dimension.</p>
        ) : (
          dimensions.map((d, index) => (
            <TextField
              key={d.key}
              label={`Wholesale price of ${d.displayName} (USD)`}
              className="field-narrow"
              inputMode="decimal"
              value={fields.wholesale[index] ?? ''}
              onChange={(event) => {
                const wholesale = dimensions.map((_, i) =>
                  i === index ? event.target.value : (fields.wholesale[i] ?? ''),
                );
                onChange({ wholesale });
              }}
              error={
                errors[`pricing.wholesaleUnitCents.${index}`] ??
                errors['pricing.wholesaleUnitCents']
              }
            />
          ))
        )
      ) : null}
      {fields.pricingKind === 'schedule' ? (
        <>
          {dimensions.length > 1 ? (
            <SelectField
              label="Dimension the schedule is for"
              value={fields.dimensionKey}
              onChange={(event) => onChange({ dimensionKey: event.target.value })}
              error={errors['pricing.dimensionKey']}
            >
              <option value="">Choose a dimension…</option>
              {dimensions.map((d) => (
                <option key={d.key} value={d.key}>
                  {d.displayName}
                </option>
              ))}
            </SelectField>
          ) : null}
          <TextField
            label="Fixed quantity"
            className="field-narrow"
            inputMode="numeric"
            value={fields.quantity}
            onChange={(event) => onChange({ quantity: event.target.value })}
            error={errors['pricing.quantity']}
            hint="The units are fixed: the reseller cannot change them."
          />
          <ScheduleEditor
            rows={fields.installments}
            errors={errors}
            onChange={(installments) => onChange({ installments })}
          />
        </>
      ) : null}
    </section>
  );
}
