import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { Layout } from '../components/layout';
import { SignInForm } from '../components/sign-in-page';
import { ErrorState, LoadingState } from '../components/states';
import { useLocation, useNavigate } from '../router';
import { useTRPC } from '../trpc';
import { useFocusOnPathChange } from './focus-on-path-change';
import { PublicPageFrame, publicPageAt } from './public-pages';
import { SessionProvider, useRefetchSessionOn401, useSignIn } from './session';

/**
 * Shows the sign-in page until auth.me names a user, then the console (deep links survive).
 * The public pages (sign-up, password reset, invitation) show without a session; sign-up and
 * forgot-password send a signed-in person to the console home instead.
 */
export function AuthGate({ consoleName, children }: { consoleName: string; children: ReactNode }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const { path } = useLocation();
  const navigate = useNavigate();
  const publicPage = publicPageAt(path);
  const signedIn = Boolean(me.data);
  const leavePublicPage = signedIn && publicPage?.onlySignedOut === true;
  useRefetchSessionOn401();

  useEffect(() => {
    if (leavePublicPage) navigate('/', { replace: true });
  }, [leavePublicPage, navigate]);

  if (me.isPending || leavePublicPage) {
    return (
      <Layout consoleName={consoleName}>
        <LoadingState label="Loading your account…" />
      </Layout>
    );
  }
  if (me.isError) {
    return (
      <Layout consoleName={consoleName}>
        <h1>Offerdesk is not available</h1>
        <ErrorState error={me.error} onRetry={() => void me.refetch()} />
      </Layout>
    );
  }
  if (publicPage) {
    return (
      <Layout consoleName={consoleName}>
        <PublicPageFrame page={publicPage} path={path} consoleName={consoleName} />
      </Layout>
    );
  }
  if (!me.data) {
    return (
      <Layout consoleName={consoleName}>
        <SignInPage consoleName={consoleName} path={path} />
      </Layout>
    );
  }
  return <SessionProvider session={me.data}>{children}</SessionProvider>;
}

function SignInPage({ consoleName, path }: { consoleName: string; path: string }) {
  const signIn = useSignIn();
  const heading = useFocusOnPathChange(path);
  useEffect(() => {
    // The console's own title (index.html's), also after coming back from a public page.
    document.title = `Offerdesk ${consoleName}`;
  }, [consoleName]);
  return (
    <SignInForm
      consoleName={consoleName}
      onSubmit={(fields) => signIn.mutate(fields)}
      pending={signIn.isPending}
      error={signIn.error}
      headingRef={heading}
    />
  );
}
