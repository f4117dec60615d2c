// The registration's state in one line with the way to complete it: on Settings, on the home
// page while something is missing.
import { listInWords } from '@offerdesk/core';
import { Link } from '@offerdesk/ui';
import { QueryView } from '../../components/query-view';
import { REGISTRATION_PATH } from '../../lib/registration-path';
import { PART_ORDER, PART_TITLES } from './registration-progress';
import { useRegistration } from './use-registration';

export function RegistrationStatus() {
  const registration = useRegistration();
  return (
    <QueryView
      query={registration}
      loading="Checking your seller registration…"
      errorTitle="Your seller registration could not be loaded"
    >
      {(data) =>
        data.missing.length === 0 ? (
          <p>
            <span className="badge badge-ok">Complete</span> Public profile, tax information and
            banking details are saved. <Link to={REGISTRATION_PATH}>Review your registration</Link>
          </p>
        ) : (
          <p>
            <span className="badge badge-bad">Incomplete</span>{' '}
            {PART_ORDER.length - data.missing.length} of {PART_ORDER.length} parts saved; missing:{' '}
            {listInWords(data.missing.map((part) => PART_TITLES[part].toLowerCase()))}.{' '}
            <Link to={REGISTRATION_PATH}>Complete your seller registration</Link>
          </p>
        )
      }
    </QueryView>
  );
}

/** On the home page: a reminder while the registration is incomplete, nothing otherwise. */
export function RegistrationReminder() {
  const registration = useRegistration();
  if (!registration.data || registration.data.missing.length === 0) return null;
  return (
    <section className="card notice-warn" aria-labelledby="registration-reminder-heading">
      <h2 id="registration-reminder-heading">Become a seller</h2>
      <p>
        To list products, authorize resellers and create private offers, complete your seller
        registration.
      </p>
      <RegistrationStatus />
    </section>
  );
}
