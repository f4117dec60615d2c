// The signed-in session as the SPAs see it: auth.me in the query cache is the source of truth.
// Signing in writes it, signing out clears it, and any 401 makes it refetch (session expired).
import { hashKey, type Query, useMutation, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useContext, useEffect } from 'react';
import { httpStatusOf } from '../errors';
import { type RouterOutputs, useTRPC } from '../trpc';

export type Session = NonNullable<RouterOutputs['auth']['me']>;

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ session, children }: { session: Session; children: ReactNode }) {
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/** The signed-in user and account; only usable below the AuthGate. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession is only available once signed in');
  return session;
}

function useMeKey() {
  return useTRPC().auth.me.queryKey();
}

/** Drops every cached answer except auth.me: data of one account must never show for another. */
function useForgetAccountData() {
  const queryClient = useQueryClient();
  const meKey = useMeKey();
  const meHash = hashKey(meKey);
  return () => queryClient.removeQueries({ predicate: (q: Query) => q.queryHash !== meHash });
}

/**
 * After a call that signed someone in (sign-in, sign-up, joining by invitation): forget the
 * previous account's data and show the console as this session.
 */
export function useStartSession(): (session: Session) => void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const forget = useForgetAccountData();
  return (session) => {
    forget();
    queryClient.setQueryData(trpc.auth.me.queryKey(), session);
  };
}

export function useSignIn() {
  const trpc = useTRPC();
  const startSession = useStartSession();
  return useMutation(trpc.auth.login.mutationOptions({ onSuccess: startSession }));
}

export function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const forget = useForgetAccountData();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // Even if the call fails (network), this tab stops showing the account's data.
      onSettled: () => {
        forget();
        queryClient.setQueryData(trpc.auth.me.queryKey(), null);
      },
    }),
  );
}

/** When any call answers 401 the session has ended elsewhere; re-ask auth.me to show sign-in. */
export function useRefetchSessionOn401() {
  const queryClient = useQueryClient();
  const meKey = useMeKey();
  useEffect(() => {
    const meHash = hashKey(meKey);
    const recheck = (error: unknown, hash: string | null) => {
      if (hash !== meHash && httpStatusOf(error) === 401) {
        void queryClient.invalidateQueries({ queryKey: meKey });
      }
    };
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') {
        recheck(event.action.error, event.query.queryHash);
      }
    });
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      const error = event.mutation?.state.error;
      if (event.type === 'updated' && error) recheck(error, null);
    });
    return () => {
      unsubscribeQueries();
      unsubscribeMutations();
    };
  }, [queryClient, meKey]);
}
