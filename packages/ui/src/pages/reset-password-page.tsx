// The page the reset mail links to (/{console}/reset-password?token=…): a new password, then
// sign in with it. The change ends every session of that login, this browser's included.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { FormAlert, useServerFeedback } from '../components/form-feedback';
import { Link, useLocation } from '../router';
import { useTRPC } from '../trpc';
import { LinkProblem } from './link-problem';
import { PasswordField } from './password-field';

const FIELDS = ['password'] as const;

export default function ResetPasswordPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const token = useLocation().search.get('token') ?? '';
  const [password, setPassword] = useState('');
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      // The sessions of that login ended; if this browser had one, it shows sign-in next.
      onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
    }),
  );
  const feedback = useServerFeedback(reset.error, FIELDS);
  const done = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (reset.isSuccess) done.current?.focus();
  }, [reset.isSuccess]);

  const tokenProblem = token ? feedback.issues.token : 'This reset link is incomplete.';
  if (tokenProblem) {
    return (
      <LinkProblem message={tokenProblem}>
        <Link to="/forgot-password">Ask for a new reset link</Link>
      </LinkProblem>
    );
  }
  if (reset.isSuccess) {
    return (
      <>
        <div className="form-success" role="status" tabIndex={-1} ref={done}>
          <p>
            Your password is changed. For your safety, every place this login was signed in is now
            signed out.
          </p>
        </div>
        <p>
          <Link to="/" className="button button-primary">
            Sign in with your new password
          </Link>
        </p>
      </>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate({ token, password });
  };
  return (
    <>
      <p>Choose the password you will sign in with from now on.</p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef}>
        <PasswordField label="New password" {...feedback.bind('password', password, setPassword)} />
        <button type="submit" className="button button-primary" disabled={reset.isPending}>
          {reset.isPending ? 'Saving…' : 'Save the new password'}
        </button>
      </form>
    </>
  );
}
