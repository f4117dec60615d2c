// Invite a colleague by email: the API mails a link to this console's join page, valid 7 days.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useConsole } from '../app/console-context';
import { DateText } from '../components/date-text';
import { FormAlert, useServerFeedback } from '../components/form-feedback';
import { TextField } from '../components/text-field';
import { useTRPC } from '../trpc';

const FIELDS = ['email'] as const;

export function InviteForm({ onInvited }: { onInvited: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { key } = useConsole();
  const [email, setEmail] = useState('');
  const invite = useMutation(
    trpc.account.users.invite.mutationOptions({
      onSuccess: () => {
        setEmail('');
        onInvited();
        void queryClient.invalidateQueries({ queryKey: trpc.account.users.list.queryKey() });
      },
    }),
  );
  const feedback = useServerFeedback(invite.error, FIELDS);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate({ email: email.trim(), console: key });
  };
  return (
    <>
      <p>
        They get an email with a link to set their password and join. The link works once, for 7
        days.
      </p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form className="invite-form" onSubmit={submit} ref={feedback.formRef}>
        <TextField
          label="Colleague's email"
          type="email"
          autoComplete="off"
          required
          {...feedback.bind('email', email, setEmail)}
        />
        <button type="submit" className="button button-main" disabled={invite.isPending}>
          {invite.isPending ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
      <p role="status" className="form-status">
        {invite.isSuccess ? (
          <>
            Invitation sent to <strong>{invite.data.email}</strong>; the link works until{' '}
            <DateText value={invite.data.expiresAt} withTime />.
          </>
        ) : null}
      </p>
    </>
  );
}
