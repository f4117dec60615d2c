// Asks for a password-reset link by email. The answer is the same whether or not the email has
// an account (so this page tells no one who uses Offerdesk), and the page says so.
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useConsole } from '../app/console-context';
import { FormAlert, useServerFeedback } from '../components/form-feedback';
import { TextField } from '../components/text-field';
import { Link } from '../router';
import { useTRPC } from '../trpc';

const FIELDS = ['email'] as const;

export default function ForgotPasswordPage() {
  const trpc = useTRPC();
  const { key } = useConsole();
  const [email, setEmail] = useState('');
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const feedback = useServerFeedback(request.error, FIELDS);
  const sent = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (request.isSuccess) sent.current?.focus();
  }, [request.isSuccess]);

  if (request.isSuccess) {
    return (
      <>
        <div className="form-success" role="status" tabIndex={-1} ref={sent}>
          <p>
            If an Offerdesk login uses <strong>{request.variables.email}</strong>, we sent it a link
            to choose a new password. The link works for 1 hour, once.
          </p>
        </div>
        <p>No email after a few minutes? Check the address and your spam folder, then ask again.</p>
        <p className="public-links">
          <button type="button" className="link-button" onClick={() => request.reset()}>
            Ask for another link
          </button>
        </p>
        <p className="public-links">
          <Link to="/">Back to sign in</Link>
        </p>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate({ email: email.trim(), console: key });
  };
  return (
    <>
      <p>Enter the email you sign in with; we will send you a link to choose a new password.</p>
      <FormAlert message={feedback.general} alertRef={feedback.alertRef} />
      <form onSubmit={submit} ref={feedback.formRef}>
        <TextField
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...feedback.bind('email', email, setEmail)}
        />
        <button type="submit" className="button button-primary" disabled={request.isPending}>
          {request.isPending ? 'Sending…' : 'Send the reset link'}
        </button>
      </form>
      <p className="public-links">
        <Link to="/">Back to sign in</Link>
      </p>
    </>
  );
}
