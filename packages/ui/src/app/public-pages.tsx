// The pages a person reaches without being signed in: create an account, ask for a password
// reset, set a new password from the mailed link, join an account by invitation. Each is its
// own lazily loaded chunk, so the sign-in page does not carry them.
import { type ComponentType, lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { LoadingState } from '../components/states';
import { useFocusOnPathChange } from './focus-on-path-change';

type PublicPage = {
  title: string;
  component: ComponentType;
  /** Signed-in people are sent to the console home instead (sign-up, forgot password). */
  onlySignedOut: boolean;
};

export const PUBLIC_PAGES: Record<string, PublicPage> = {
  '/sign-up': {
    title: 'Create your Offerdesk account',
    component: lazy(() => import('../pages/sign-up-page')),
    onlySignedOut: true,
  },
  '/forgot-password': {
    title: 'Reset your password',
    component: lazy(() => import('../pages/forgot-password-page')),
    onlySignedOut: true,
  },
  '/reset-password': {
    title: 'Choose a new password',
    component: lazy(() => import('../pages/reset-password-page')),
    onlySignedOut: false,
  },
  '/join': {
    title: 'Join an account on Offerdesk',
    component: lazy(() => import('../pages/join-page')),
    onlySignedOut: false,
  },
};

export function publicPageAt(path: string): PublicPage | null {
  return PUBLIC_PAGES[path.replace(/\/+$/, '')] ?? null;
}

/** A public page in the sign-in card, under its h1 (focused after an in-app navigation). */
export function PublicPageFrame({
  page,
  path,
  consoleName,
}: {
  page: PublicPage;
  path: string;
  consoleName: string;
}) {
  const heading = useFocusOnPathChange(path);
  useEffect(() => {
    document.title = `${page.title} · Offerdesk ${consoleName}`;
  }, [page.title, consoleName]);
  const Page = page.component;
  return (
    <section className="sign-in" aria-labelledby="public-page-title">
      <h1 id="public-page-title" tabIndex={-1} ref={heading} className="page-title">
        {page.title}
      </h1>
      <ErrorBoundary resetKey={path}>
        <Suspense fallback={<LoadingState />}>
          <Page />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
