import { ApiStatus, Link, useSession } from '@offerdesk/ui';

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
      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">Service status</h2>
        <ApiStatus />
      </section>
      <section className="card" aria-labelledby="start-heading">
        <h2 id="start-heading">Start here</h2>
        <ul>
          <li>
            <Link to="/offers">Private offers</Link>: the offers sellers extended to your account,
            ready to read and accept.
          </li>
          <li>
            <Link to="/catalog">Catalog</Link>: public professional-services products.
          </li>
          <li>
            <Link to="/agreements">Agreements</Link> and <Link to="/invoices">Invoices</Link>: what
            you accepted and what is due.
          </li>
          <li>
            <Link to="/users">Users</Link>: invite colleagues to this account.
          </li>
        </ul>
      </section>
    </>
  );
}
