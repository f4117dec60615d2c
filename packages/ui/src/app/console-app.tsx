import { Layout, type NavItem, NavList } from '../components/layout';
import { AuthGate } from './auth-gate';
import { type ConsoleKey, ConsoleProvider } from './console-context';
import { type ConsoleRoute, ConsoleRoutes } from './console-routes';
import { AppProviders } from './providers';
import { useSession, useSignOut } from './session';

export type ConsoleAppProps = {
  /** "Seller console" or "Buyer console". */
  consoleName: string;
  /** Which console: the API puts it in mailed links (/{console}/join, /{console}/reset-password). */
  consoleKey: ConsoleKey;
  /** Where the SPA is mounted, with both slashes (Vite's import.meta.env.BASE_URL). */
  base: string;
  nav: NavItem[];
  routes: ConsoleRoute[];
};

function SignedInConsole({
  consoleName,
  nav,
  routes,
}: Omit<ConsoleAppProps, 'base' | 'consoleKey'>) {
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
export function ConsoleApp({ base, consoleKey, ...props }: ConsoleAppProps) {
  return (
    <AppProviders base={base}>
      <ConsoleProvider value={{ key: consoleKey, name: props.consoleName }}>
        <AuthGate consoleName={props.consoleName}>
          <SignedInConsole {...props} />
        </AuthGate>
      </ConsoleProvider>
    </AppProviders>
  );
}
