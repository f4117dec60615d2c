import { readFieldErrors, TextField, useNavigate, useTRPC } from '@offerdesk/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { TextAreaField } from '../../components/fields';
import { ProgressBar } from '../../components/progress-bar';
import { RefusalAlert, registrationRefusal } from '../../components/registration-refusal';
import { UploadError } from '../../lib/upload-file';
import { DimensionRows } from './dimension-rows';
import { sendEula } from './eula-upload';
import { checkProduct, emptyDimension, type ProductFields } from './product-form-state';

type Props = { productId: string | null; initial: ProductFields | null };

export function ProductForm({ productId, initial }: Props) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const fileId = useId();
  const [fields, setFields] = useState<ProductFields>(
    initial ?? { name: '', description: '', dimensions: [emptyDimension()] },
  );
  const [tried, setTried] = useState(false);
  const [eula, setEula] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [saved, setSaved] = useState(false);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const checked = checkProduct(fields);
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.isv.products.pathKey() });
  const create = useMutation(trpc.isv.products.create.mutationOptions());
  const update = useMutation(trpc.isv.products.update.mutationOptions());
  const failure = create.error ?? update.error;
  const errors = { ...(failure ? readFieldErrors(failure) : {}), ...(tried ? checked.errors : {}) };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    setUploadError(null);
    if (!checked.input) return;
    if (productId) {
      await update.mutateAsync({ productId, ...checked.input }).catch(() => null);
      setSaved(true);
      void refresh();
      return;
    }
    const created = await create.mutateAsync(checked.input).catch(() => null);
    if (!created) return;
    if (eula) {
      setProgress(0);
      try {
        await sendEula(created.productId, eula, setProgress);
      } catch (caught) {
        setUploadError(caught instanceof UploadError ? caught.message : 'The EULA upload failed.');
      }
      setProgress(null);
    }
    void refresh();
    navigate(`/products/${created.productId}`);
  };

  return (
    <form className="card" onSubmit={(event) => void submit(event)} noValidate>
      <h2>{productId ? 'Product details' : 'New product'}</h2>
      <TextField
        label="Product name"
        value={fields.name}
        onChange={(event) => setFields({ ...fields, name: event.target.value })}
        error={errors.name}
      />
      <TextAreaField
        label="Description"
        rows={3}
        value={fields.description}
        onChange={(event) => setFields({ ...fields, description: event.target.value })}
        error={errors.description}
      />
      <DimensionRows
        rows={fields.dimensions}
        errors={errors}
        onChange={(dimensions) => setFields({ ...fields, dimensions })}
      />
      {productId ? null : (
        <div className="field">
          <label htmlFor={fileId}>EULA (PDF)</label>
          <input
            id={fileId}
            type="file"
            accept=".pdf,application/pdf"
            onChange={(event) => setEula(event.target.files?.[0] ?? null)}
          />
          <p className="field-hint">
            Buyers accept it with every offer; required before you authorize resellers.
          </p>
        </div>
      )}
      {progress !== null ? <ProgressBar fraction={progress} label="Uploading the EULA" /> : null}
      {uploadError ? (
        <p className="form-error" role="alert">
          {uploadError}
        </p>
      ) : null}
      {failure &&
      (Object.keys(readFieldErrors(failure)).length === 0 || registrationRefusal(failure)) ? (
        <RefusalAlert error={failure} />
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="button button-main"
          disabled={create.isPending || update.isPending || progress !== null}
        >
          {productId ? 'Save product' : 'Create product'}
        </button>
        <span role="status" className="copy-status">
          {saved && !failure ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
