import type { ReactNode } from 'react';
import { Link } from '../router';

/** A mailed link that cannot be used (expired, used, cut short), and what to do instead. */
export function LinkProblem({ message, children }: { message: string; children?: ReactNode }) {
  return (
    <>
      <div className="form-error" role="alert">
        {message}
      </div>
      {children ? <p className="public-links">{children}</p> : null}
      <p className="public-links">
        <Link to="/">Go to sign in</Link>
      </p>
    </>
  );
}
