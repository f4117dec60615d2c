import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Layout } from '../components/layout';
import { SignInForm } from '../components/sign-in-page';
import { ErrorState, LoadingState } from '../components/states';
import { useTRPC } from '../trpc';
import { SessionProvider, useRefetchSessionOn401, useSignIn } from './session';

/** Shows the sign-in page until auth.me names a user, then the console (deep links survive). */
export function AuthGate({ consoleName, children }: { consoleName: string; children: ReactNode }) {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const signIn = useSignIn();
  useRefetchSessionOn401();

  if (me.isPending) {
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
  if (!me.data) {
    return (
      <Layout consoleName={consoleName}>
        <SignInForm
          consoleName={consoleName}
          onSubmit={(fields) => signIn.mutate(fields)}
          pending={signIn.isPending}
          error={signIn.error}
        />
      </Layout>
    );
  }
  return <SessionProvider session={me.data}>{children}</SessionProvider>;
}
