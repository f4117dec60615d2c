import { Layout, type NavItem, NavList } from '../components/layout';
import { AuthGate } from './auth-gate';
import { type ConsoleRoute, ConsoleRoutes } from './console-routes';
import { AppProviders } from './providers';
import { useSession, useSignOut } from './session';

export type ConsoleAppProps = {
  /** "Seller console" or "Buyer console". */
  consoleName: string;
  /** Where the SPA is mounted, with both slashes (Vite's import.meta.env.BASE_URL). */
  base: string;
  nav: NavItem[];
  routes: ConsoleRoute[];
};

function SignedInConsole({ consoleName, nav, routes }: Omit<ConsoleAppProps, 'base'>) {
  const { account } = useSession();
  const signOut = useSignOut();
  return (
    <Layout
      consoleName={consoleName}
      nav={<NavList items={nav} />}
      account={account}
      onSignOut={() => signOut.mutate()}
      signingOut={signOut.isPending}
    >
      <ConsoleRoutes routes={routes} consoleName={consoleName} />
    </Layout>
  );
}

/** A whole console: providers, sign-in, layout with navigation, and the routed pages. */
export function ConsoleApp({ base, ...props }: ConsoleAppProps) {
  return (
    <AppProviders base={base}>
      <AuthGate consoleName={props.consoleName}>
        <SignedInConsole {...props} />
      </AuthGate>
    </AppProviders>
  );
}
