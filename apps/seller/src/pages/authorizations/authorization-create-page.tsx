// A new resale authorization (SPEC §7): product, reseller, pricing (discount off list, custom
// wholesale prices or a payment schedule), reseller contract, buyer restriction and
// availability. Checked as typed with core's rules; the server's messages land at the fields.
import { readFieldErrors, TextField, useNavigate, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { SelectField } from '../../components/fields';
import { RefusalAlert, registrationRefusal } from '../../components/registration-refusal';
import {
  type AuthorizationFields,
  checkAuthorization,
  initialFields,
} from './authorization-form-state';
import { PricingFields } from './pricing-fields';
import { TermsFields } from './terms-fields';

export default function AuthorizationCreatePage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState<AuthorizationFields>(initialFields);
  const [tried, setTried] = useState(false);
  const products = useQuery(trpc.isv.products.list.queryOptions({ limit: 100 }));
  const product = useQuery({
    ...trpc.isv.products.get.queryOptions({ productId: fields.productId }),
    enabled: fields.productId !== '',
  });
  const create = useMutation(
    trpc.isv.authorizations.create.mutationOptions({
      onSuccess: () => {
        void queryClient.invalidateQueries({ queryKey: trpc.isv.authorizations.pathKey() });
        navigate('/authorizations');
      },
    }),
  );
  const checked = checkAuthorization(fields);
  const server = create.error ? readFieldErrors(create.error) : {};
  const errors = { ...server, ...(tried ? checked.errors : {}) };
  const set = (patch: Partial<AuthorizationFields>) => setFields((f) => ({ ...f, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (checked.input) create.mutate(checked.input);
  };
  const dimensions = fields.productId ? (product.data?.dimensions ?? []) : [];

  return (
    <form onSubmit={submit} noValidate>
      <section className="card" aria-labelledby="who-heading">
        <h2 id="who-heading">Product and reseller</h2>
        <SelectField
          label="Product"
          value={fields.productId}
          error={errors.productId}
          onChange={(event) => {
            const id = event.target.value;
            set({ productId: id, wholesale: [], dimensionKey: '' });
          }}
        >
          <option value="">Choose a product…</option>
          {products.data?.items.map((p) => (
            <option key={p.id} value={p.id} disabled={!p.hasEula}>
              {p.name}
              {p.hasEula ? '' : ' (upload its EULA first)'}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Reseller account ID"
          inputMode="numeric"
          className="field-narrow"
          value={fields.resellerAccountId}
          onChange={(event) => set({ resellerAccountId: event.target.value })}
          error={errors.resellerAccountId}
          hint="The 12-digit account of the channel partner or ISV who will resell it."
        />
      </section>
      <PricingFields fields={fields} dimensions={dimensions} errors={errors} onChange={set} />
      <TermsFields fields={fields} errors={errors} onChange={set} />
      {create.error && (Object.keys(server).length === 0 || registrationRefusal(create.error)) ? (
        <RefusalAlert error={create.error} />
      ) : null}
      {tried && !checked.input ? (
        <p className="form-error" role="alert">
          Some fields need your attention; see the messages above.
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-main" disabled={create.isPending}>
          {create.isPending ? 'Creating…' : 'Create authorization'}
        </button>
      </div>
    </form>
  );
}
