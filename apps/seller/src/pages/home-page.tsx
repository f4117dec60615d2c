import { ApiStatus, Link, useSession } from '@offerdesk/ui';
import { HomeNotifications } from './home-notifications';
import { RegistrationReminder } from './registration/registration-status';

export default function HomePage() {
  const { account, user } = useSession();
  return (
    <>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">Your account</h2>
        <p>
          Signed in as <strong>{account.name}</strong> ({account.id})
          <span className="muted"> as {user.email}</span>
        </p>
      </section>
      <RegistrationReminder />
      <HomeNotifications />
      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">Service status</h2>
        <ApiStatus />
      </section>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">Start here</h2>
        <ul>
          <li>
            <Link to="/partners">Partners</Link>: the resale authorizations granted to you; pick one
            to create a private offer.
          </li>
          <li>
            <Link to="/offers">Manage offers</Link>: follow, update and cancel the offers you
            extended.
          </li>
          <li>
            <Link to="/products">Products</Link> and{' '}
            <Link to="/authorizations">Resale authorizations</Link>: list your own services and let
            resellers sell them.
          </li>
          <li>
            <Link to="/settings">Settings</Link>: your seller registration, the users of your
            account and when you are paid out.
          </li>
        </ul>
      </section>
    </>
  );
}
