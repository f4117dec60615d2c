import { type FormEvent, type Ref, useEffect, useRef, useState } from 'react';
import { errorMessage, readFieldErrors } from '../errors';
import { Link } from '../router';
import { TextField } from './text-field';

export type SignInFields = { email: string; password: string };

type SignInPageProps = {
  consoleName: string;
  onSubmit: (fields: SignInFields) => void;
  pending: boolean;
  error: unknown;
  /** The h1, for moving focus to it after an in-app navigation. */
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * The sign-in form, with the ways to an account without one (sign up, reset the password); the
 * caller runs auth.login and passes its state in.
 */
export function SignInForm({ consoleName, onSubmit, pending, error, headingRef }: SignInPageProps) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const alertRef = useRef<HTMLDivElement>(null);
  const message = error ? errorMessage(error) : null;
  // The same sentence at the top and under a field reads as two problems; keep the top one.
  const fieldErrors = Object.fromEntries(
    Object.entries(error ? readFieldErrors(error) : {}).filter(([, text]) => text !== message),
  );

  useEffect(() => {
    // Bring the message into view and into focus so keyboard and screen-reader users hear it.
    if (error) alertRef.current?.focus();
  }, [error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit({ email: email.trim(), password });
  };

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" tabIndex={-1} ref={headingRef} className="page-title">
        Sign in to the {consoleName}
      </h1>
      {message ? (
        <div className="form-error" role="alert" tabIndex={-1} ref={alertRef}>
          {message}
        </div>
      ) : null}
      <form onSubmit={submit}>
        <TextField
          label="Email"
          type="email"
          name="email"
          autoComplete="username"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={fieldErrors.email}
        />
        <TextField
          label="Password"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
        />
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      <p className="public-links">
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className="public-links">
        New to Offerdesk? <Link to="/sign-up">Create an account</Link>
      </p>
    </section>
  );
}
