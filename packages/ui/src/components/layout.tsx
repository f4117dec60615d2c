import type { ComponentType, ReactNode } from 'react';
import { Link, useLocation } from '../router';

export type AccountSummary = { id: string; name: string };

type LayoutProps = {
  /** "Seller console" or "Buyer console", shown after the product name. */
  consoleName: string;
  /** The console's navigation; see NavList. Omitted on the sign-in page. */
  nav?: ReactNode;
  account?: AccountSummary | null;
  onSignOut?: () => void;
  signingOut?: boolean;
  children: ReactNode;
};

export function Layout({
  consoleName,
  nav,
  account,
  onSignOut,
  signingOut,
  children,
}: LayoutProps) {
  return (
    <div className="app">
      {/* A plain fragment link: the router ignores the hash, and #main takes focus. */}
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="app-header">
        <p className="brand">
          <Link to="/" className="brand-link">
            <span className="brand-name">Offerdesk</span>{' '}
            <span className="brand-console">{consoleName}</span>
          </Link>
        </p>
        {account ? (
          <div className="account">
            <p className="account-name">
              Signed in as <strong>{account.name}</strong>{' '}
              <span className="account-id">({account.id})</span>
            </p>
            {onSignOut ? (
              <button
                type="button"
                className="button button-quiet"
                onClick={onSignOut}
                disabled={signingOut}
              >
                {signingOut ? 'Signing out…' : 'Sign out'}
              </button>
            ) : null}
          </div>
        ) : null}
      </header>
      {nav}
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export type NavItem = {
  to: string;
  label: string;
  /** Shown after the label, e.g. an unread count; it fetches its own data. */
  badge?: ComponentType;
};

/** The main navigation; the current section is marked for screen readers and sighted users. */
export function NavList({ items, label = 'Main' }: { items: NavItem[]; label?: string }) {
  const { path } = useLocation();
  const current = (to: string) =>
    to === '/' ? path === '/' : path === to || path.startsWith(`${to}/`);
  return (
    <nav className="app-nav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={current(item.to) ? 'page' : undefined}>
              {item.label}
              {item.badge ? <item.badge /> : null}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
