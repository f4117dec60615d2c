// Sign-up (SPEC §1): email, password and account name make a new account with its first user,
// signed in at once and taken to the console home. The server's messages show at their fields.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useStartSession } from '../app/session';
import { FormAlert, useServerFeedback } from '../components/form-feedback';
import { TextField } from '../components/text-field';
import { Link, useNavigate } from '../router';
import { useTRPC } from '../trpc';
import { PasswordField } from './password-field';

const FIELDS = ['email', 'password', 'accountName'] as const;

export default function SignUpPage() {
  const trpc = useTRPC();
  const navigate = useNavigate();
  const startSession = useStartSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [accountName, setAccountName] = useState('');
  const signUp = useMutation(
    trpc.auth.signUp.mutationOptions({
      onSuccess: (session) => {
        startSession(session);
        navigate('/', { replace: true });
      },
    }),
  );
  const feedback = useServerFeedback(signUp.error, FIELDS);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signUp.mutate({ email: email.trim(), password, accountName: accountName.trim() });
  };

  return (
    <>
      <p>
        One account buys and sells on Offerdesk. You can invite colleagues to it once you are in.
      </p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef}>
        <TextField
          label="Email"
          type="email"
          autoComplete="email"
          required
          {...feedback.bind('email', email, setEmail)}
        />
        <PasswordField {...feedback.bind('password', password, setPassword)} />
        <TextField
          label="Account name"
          autoComplete="organization"
          required
          maxLength={100}
          hint="Your company or team, as colleagues and sellers will see it."
          {...feedback.bind('accountName', accountName, setAccountName)}
        />
        <button type="submit" className="button button-primary" disabled={signUp.isPending}>
          {signUp.isPending ? 'Creating your account…' : 'Create account'}
        </button>
      </form>
      <p className="public-links">
        Already have an account? <Link to="/">Sign in</Link>
      </p>
    </>
  );
}
