// "Complete your seller registration first: … is missing" (SPEC §4), wherever the server says
// it: the message with the link that fixes it. The server names the refusal with the path
// ["registration"].
import { errorMessage, Link, readFieldErrors } from '@offerdesk/ui';
import { REGISTRATION_PATH } from '../lib/registration-path';

export function registrationRefusal(error: unknown): string | null {
  return error ? (readFieldErrors(error).registration ?? null) : null;
}

export function RegistrationLink() {
  return <Link to={REGISTRATION_PATH}>Go to your seller registration</Link>;
}

/** A form's alert for a refusal that no field of it shows: the message, with the link when due. */
export function RefusalAlert({ error }: { error: unknown }) {
  const registration = registrationRefusal(error);
  return (
    <div className="form-error" role="alert">
      <p>{registration ?? errorMessage(error)}</p>
      {registration ? (
        <p>
          <RegistrationLink />
        </p>
      ) : null}
    </div>
  );
}
