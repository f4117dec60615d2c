// Part 2, tax: the country and the tax ID, whose form core checks per country (US EIN, GB VAT,
// DE USt-IdNr; elsewhere letters and digits as issued). Recorded, not verified with anyone.
import { registrationMessages, sellerTaxSchema } from '@offerdesk/core';
import { FormAlert, TextField } from '@offerdesk/ui';
import { useMemo, useState } from 'react';
import { SelectField } from '../../components/fields';
import { countries } from './countries';
import { PartHeading, SaveRow } from './part-frame';
import { type Registration, usePartForm } from './use-registration';

const FIELDS = ['country', 'taxId'] as const;

/** Core's sentence for the countries whose form it checks (it names the ID and an example). */
function taxIdHint(country: string): string {
  const known: Record<string, string> = registrationMessages.taxIdOf;
  const sentence = known[country];
  return sentence
    ? `${sentence}.`
    : 'As your tax authority issued it: letters, digits, spaces, dots or dashes.';
}

export function TaxForm({ saved }: { saved: Registration['tax'] }) {
  const [country, setCountry] = useState(saved?.country ?? '');
  const [taxId, setTaxId] = useState(saved?.taxId ?? '');
  const { feedback, errors, submit, done, pending } = usePartForm({
    schema: sellerTaxSchema,
    value: { country, taxId },
    fields: FIELDS,
    toUpdate: (tax) => ({ part: 'tax', ...tax }),
    // The saved ID in its usual written form ("GB 123 456 789" → "GB123456789").
    onSaved: (registration) => {
      setCountry(registration.tax?.country ?? country);
      setTaxId(registration.tax?.taxId ?? taxId);
    },
  });
  const options = useMemo(countries, []);

  return (
    <section className="card" aria-labelledby="tax-heading">
      <PartHeading part="tax" complete={saved !== null} />
      <p className="muted">
        Where your business pays tax. Offerdesk records it and checks its form.
      </p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef} noValidate>
        <SelectField
          label="Country"
          className="field-medium"
          autoComplete="country"
          {...feedback.bind('country', country, setCountry, errors.country)}
        >
          <option value="">Choose a country…</option>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Tax ID"
          className="field-narrow"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          // The error states the same form as the hint would.
          hint={errors.taxId ? undefined : taxIdHint(country)}
          {...feedback.bind('taxId', taxId, setTaxId, errors.taxId)}
        />
        <SaveRow pending={pending} done={done} label="Save tax information" />
      </form>
    </section>
  );
}
