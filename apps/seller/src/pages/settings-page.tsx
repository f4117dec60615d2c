// Settings (SPEC §7): the seller registration, and the disbursement preference — daily, or
// monthly on a day from 1 to 28 (core's schema and message).
import { type DisbursementPreference, disbursementPreferenceSchema } from '@offerdesk/core';
import { errorMessage, readFieldErrors, TextField, useSession, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CheckField } from '../components/fields';
import { QueryView } from '../components/query-view';

export default function SettingsPage() {
  const trpc = useTRPC();
  const { account } = useSession();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <>
      <section className="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Seller registration</h2>
        <p>
          Account <strong>{account.name}</strong> ({account.id}). To create offers and
          authorizations, your registration needs all three parts: a public profile (public name,
          description, ISV or channel partner), tax information (country and tax ID) and banking
          details (a USD bank account).
        </p>
        <p className="muted">
          Offerdesk checks the registration when you create an offer, a product or an authorization;
          if a part is missing, the message there says which.
        </p>
      </section>
      <section className="card" aria-labelledby="disbursement-heading">
        <h2 id="disbursement-heading">Disbursement preference</h2>
        <QueryView
          query={settings}
          loading="Loading your settings…"
          errorTitle="Your settings could not be loaded"
        >
          {(data) => <PreferenceForm initial={data.disbursementPreference} />}
        </QueryView>
      </section>
    </>
  );
}

function PreferenceForm({ initial }: { initial: DisbursementPreference }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState(initial.kind);
  const [day, setDay] = useState(initial.kind === 'monthly' ? String(initial.day) : '1');
  const [saved, setSaved] = useState(false);
  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: (data) => {
        queryClient.setQueryData(trpc.settings.get.queryKey(), data);
        setSaved(true);
      },
    }),
  );
  const candidate =
    kind === 'daily'
      ? { kind }
      : { kind, day: /^\d+$/.test(day.trim()) ? Number(day) : Number.NaN };
  const check = disbursementPreferenceSchema.safeParse(candidate);
  const serverErrors = update.error ? readFieldErrors(update.error) : {};
  const dayError =
    kind === 'monthly'
      ? (check.error?.issues[0]?.message ?? serverErrors['disbursementPreference.day'])
      : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    if (check.success) update.mutate({ disbursementPreference: check.data });
  };

  return (
    <form onSubmit={submit} noValidate>
      <fieldset className="choices">
        <legend>When should Offerdesk pay you out?</legend>
        <CheckField
          type="radio"
          name="kind"
          label="Daily: the day after the buyer pays"
          checked={kind === 'daily'}
          onChange={() => setKind('daily')}
        />
        <CheckField
          type="radio"
          name="kind"
          label="Monthly, on a day of the month you choose"
          checked={kind === 'monthly'}
          onChange={() => setKind('monthly')}
        />
      </fieldset>
      {kind === 'monthly' ? (
        <TextField
          label="Day of the month (1–28)"
          className="field-narrow"
          inputMode="numeric"
          value={day}
          onChange={(event) => setDay(event.target.value)}
          error={dayError}
          hint="The first such day after the payment."
        />
      ) : null}
      {update.error && !dayError ? (
        <p className="form-error" role="alert">
          {errorMessage(update.error)}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="button button-main" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save preference'}
        </button>
        <span role="status" className="copy-status">
          {saved ? 'Saved' : ''}
        </span>
      </div>
    </form>
  );
}
