// The rest of an authorization's terms: the reseller contract (none, Offerdesk standard, or a
// custom PDF uploaded to /files/authorizations/contract), an optional buyer restriction and
// the availability (an FPS authorization is single use with an end date).
import { TextField } from '@offerdesk/ui';
import { useState } from 'react';
import { CheckField, TextAreaField } from '../../components/fields';
import { ProgressBar } from '../../components/progress-bar';
import { UploadError, uploadFile } from '../../lib/upload-file';
import type {
  AuthorizationFields,
  AvailabilityKind,
  ContractKind,
} from './authorization-form-state';

type Props = {
  fields: AuthorizationFields;
  errors: Record<string, string>;
  onChange: (patch: Partial<AuthorizationFields>) => void;
};

const CONTRACTS: { kind: ContractKind; label: string }[] = [
  { kind: 'none', label: 'No reseller contract' },
  { kind: 'standard', label: 'Offerdesk Standard Reseller Contract' },
  { kind: 'custom', label: 'A custom contract (PDF)' },
];

const AVAILABILITY: { kind: AvailabilityKind; label: string }[] = [
  { kind: 'single_use', label: 'Single use: one offer' },
  { kind: 'until_date', label: 'Many offers until an end date' },
  { kind: 'until_deactivated', label: 'Many offers until you deactivate it' },
];

export function TermsFields({ fields, errors, onChange }: Props) {
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const schedule = fields.pricingKind === 'schedule';

  const upload = async (file: File) => {
    setUploadError(null);
    setProgress(0);
    try {
      const result = await uploadFile<{ sha256: string; fileName: string }>({
        url: '/files/authorizations/contract',
        file,
        onProgress: setProgress,
      });
      onChange({ contract: { sha256: result.sha256, fileName: result.fileName } });
    } catch (caught) {
      setUploadError(caught instanceof UploadError ? caught.message : 'The upload failed.');
    } finally {
      setProgress(null);
    }
  };

  return (
    <section className="card" aria-labelledby="terms-heading">
      <h2 id="terms-heading">Contract, buyers and availability</h2>
      <fieldset className="choices">
        <legend>Reseller contract</legend>
        {CONTRACTS.map(({ kind, label }) => (
          <CheckField
            key={kind}
            type="radio"
            name="contractKind"
            label={label}
            checked={fields.contractKind === kind}
            onChange={() => onChange({ contractKind: kind })}
          />
        ))}
        {fields.contractKind === 'standard' ? (
          <p>
            <a href="/files/contracts/standard.pdf?inline=1" target="_blank" rel="noopener">
              Read the standard contract (opens in a new tab)
            </a>
          </p>
        ) : null}
        {fields.contractKind === 'custom' ? (
          <div className="field">
            <label htmlFor="contract-file">Custom contract (PDF)</label>
            <input
              id="contract-file"
              type="file"
              accept=".pdf,application/pdf"
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) void upload(file);
              }}
            />
            {progress !== null ? (
              <ProgressBar fraction={progress} label="Uploading the contract" />
            ) : null}
            <p role="status" className="muted">
              {fields.contract ? `Uploaded: ${fields.contract.fileName}` : ''}
            </p>
            {(uploadError ?? errors.contract) ? (
              <p className="field-error">{uploadError ?? errors.contract}</p>
            ) : null}
          </div>
        ) : null}
      </fieldset>
      <TextAreaField
        label="Buyer restriction (optional)"
        rows={2}
        value={fields.buyers}
        onChange={(event) => onChange({ buyers: event.target.value })}
        hint="Up to 25 buyer account IDs the reseller may offer this to. Empty: any buyer."
        error={
          Object.entries(errors).find(([key]) => key.startsWith('buyerAccountIds'))?.[1] ??
          undefined
        }
      />
      <fieldset className="choices">
        <legend>Availability</legend>
        {AVAILABILITY.map(({ kind, label }) => (
          <CheckField
            key={kind}
            type="radio"
            name="availability"
            label={label}
            checked={fields.availability === kind}
            disabled={schedule && kind !== 'single_use'}
            onChange={() => onChange({ availability: kind })}
          />
        ))}
        {schedule ? (
          <p className="field-hint">
            An authorization with a payment schedule is single use and needs an end date.
          </p>
        ) : null}
        {errors['availability.kind'] ? (
          <p className="field-error">{errors['availability.kind']}</p>
        ) : null}
      </fieldset>
      {fields.availability !== 'until_deactivated' ? (
        <TextField
          label={
            fields.availability === 'single_use' && !schedule ? 'End date (optional)' : 'End date'
          }
          type="date"
          className="field-narrow"
          value={fields.endsOn}
          onChange={(event) => onChange({ endsOn: event.target.value })}
          error={errors['availability.expiresOn']}
          hint="The last day the reseller can extend offers from it."
        />
      ) : null}
    </section>
  );
}
