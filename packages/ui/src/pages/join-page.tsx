// The page an invitation mail links to (/{console}/join?token=…): which account invites which
// email; the invitee sets a password and is signed in to that account.
import './account-pages.css';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useStartSession } from '../app/session';
import { DateText } from '../components/date-text';
import { FormAlert, useServerFeedback } from '../components/form-feedback';
import { ErrorState, LoadingState } from '../components/states';
import { httpStatusOf } from '../errors';
import { useLocation, useNavigate } from '../router';
import { useTRPC } from '../trpc';
import { LinkProblem } from './link-problem';
import { PasswordField } from './password-field';

const FIELDS = ['password'] as const;
const ASK_AGAIN = 'Ask the person who invited you to send a new invitation.';

export default function JoinPage() {
  const trpc = useTRPC();
  const token = useLocation().search.get('token') ?? '';
  const invite = useQuery({
    ...trpc.auth.inviteInfo.queryOptions({ token }),
    enabled: token !== '',
  });
  if (!token)
    return <LinkProblem message="This invitation link is incomplete.">{ASK_AGAIN}</LinkProblem>;
  if (invite.isPending) return <LoadingState label="Opening your invitation…" />;
  if (invite.isError) {
    const status = httpStatusOf(invite.error);
    if (status !== undefined && status < 500) {
      return <LinkProblem message={invite.error.message}>{ASK_AGAIN}</LinkProblem>;
    }
    return <ErrorState error={invite.error} onRetry={() => void invite.refetch()} />;
  }
  return <JoinForm token={token} invitation={invite.data} />;
}

type Invitation = { accountName: string; email: string; expiresAt: string };

function JoinForm({ token, invitation }: { token: string; invitation: Invitation }) {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [password, setPassword] = useState('');
  const accept = useMutation(
    trpc.auth.acceptInvite.mutationOptions({
      onSuccess: (session) => {
        startSession(session);
        navigate('/', { replace: true });
      },
    }),
  );
  const feedback = useServerFeedback(accept.error, FIELDS);
  if (feedback.issues.token) {
    return <LinkProblem message={feedback.issues.token}>{ASK_AGAIN}</LinkProblem>;
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate({ token, password });
  };
  return (
    <>
      <p>
        You are invited to join <strong>{invitation.accountName}</strong> on Offerdesk.
      </p>
      <dl className="join-facts">
        <dt>Your login email</dt>
        <dd>{invitation.email}</dd>
        <dt>Invitation valid until</dt>
        <dd>
          <DateText value={invitation.expiresAt} withTime />
        </dd>
      </dl>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef}>
        {/* For password managers: the login this password belongs to. */}
        <input
          type="email"
          name="username"
          autoComplete="username"
          value={invitation.email}
          readOnly
          hidden
        />
        <PasswordField
          label="Choose a password"
          {...feedback.bind('password', password, setPassword)}
        />
        <button type="submit" className="button button-primary" disabled={accept.isPending}>
          {accept.isPending ? 'Joining…' : `Join ${invitation.accountName}`}
        </button>
      </form>
    </>
  );
}
