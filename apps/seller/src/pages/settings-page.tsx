// Settings (SPEC §7): the seller registration's status (completed on its own page), and the
// disbursement preference — daily, or monthly on a day from 1 to 28 (core's schema and message).
import { type DisbursementPreference, disbursementPreferenceSchema } from '@offerdesk/core';
import { errorMessage, Link, readFieldErrors, TextField, useSession, useTRPC } from '@offerdesk/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { CheckField } from '../components/fields';
import { QueryView } from '../components/query-view';
import { RegistrationStatus } from './registration/registration-status';

export default function SettingsPage() {
  const trpc = useTRPC();
  const { account } = useSession();
  const settings = useQuery(trpc.settings.get.queryOptions());
  return (
    <>
      <section className="card" aria-labelledby="registration-heading">
        <h2 id="registration-heading">Seller registration</h2>
        <p>
          To list products, authorize resellers and create offers, account{' '}
          <strong>{account.name}</strong> ({account.id}) needs a public profile, tax information and
          banking details (a USD bank account).
        </p>
        <RegistrationStatus />
      </section>
      <section className="card" aria-labelledby="users-heading">
        <h2 id="users-heading">Users</h2>
        <p>
          Everyone who signs in to this account has a login of their own.{' '}
          <Link to="/settings/users">Invite a colleague or remove a user</Link>
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
