// Settings › Seller registration (SPEC §1, §4): the three parts an account completes before it
// sells — public profile, tax, banking — with the progress of what is still missing.
import './registration.css';
import { Link } from '@offerdesk/ui';
import { QueryView } from '../../components/query-view';
import { BankingForm } from './banking-form';
import { ProfileForm } from './profile-form';
import { RegistrationProgress } from './registration-progress';
import { TaxForm } from './tax-form';
import { useRegistration } from './use-registration';

export default function RegistrationPage() {
  const registration = useRegistration();
  return (
    <>
      <p>
        <Link to="/settings">Settings</Link> › Seller registration. Complete these three parts to
        list products, authorize resellers and create private offers. Each part saves on its own.
      </p>
      <QueryView
        query={registration}
        loading="Loading your seller registration…"
        errorTitle="Your seller registration could not be loaded"
      >
        {(data) => (
          <>
            <RegistrationProgress missing={data.missing} />
            <ProfileForm saved={data.profile} />
            <TaxForm saved={data.tax} />
            <BankingForm saved={data.banking} />
          </>
        )}
      </QueryView>
    </>
  );
}
