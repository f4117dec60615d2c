import { type ComponentType, Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { EmptyState, LoadingState } from '../components/states';
import { Link, matchPath, useLocation } from '../router';
import { useFocusOnPathChange } from './focus-on-path-change';

export type RouteProps = { params: Record<string, string> };

export type ConsoleRoute = {
  /** "/offers" or "/offers/:offerId", inside the app's base. */
  path: string;
  /** The page's h1 and document title. */
  title: string;
  /** Usually React.lazy(() => import('./pages/…')), so each page is its own chunk. */
  component: ComponentType<RouteProps>;
};

function findRoute(routes: ConsoleRoute[], path: string) {
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (params) return { route, params };
  }
  return null;
}

/** Renders the page for the current path under one h1 (focused after an in-app navigation). */
export function ConsoleRoutes({
  routes,
  consoleName,
}: {
  routes: ConsoleRoute[];
  consoleName: string;
}) {
  const { path } = useLocation();
  const found = findRoute(routes, path);
  const title = found?.route.title ?? 'Page not found';
  const heading = useFocusOnPathChange(path);

  useEffect(() => {
    document.title = `${title} · Offerdesk ${consoleName}`;
  }, [title, consoleName]);

  const Page = found?.route.component;
  return (
    <>
      <h1 tabIndex={-1} ref={heading} className="page-title">
        {title}
      </h1>
      {Page && found ? (
        <ErrorBoundary resetKey={path}>
          <Suspense fallback={<LoadingState />}>
            <Page params={found.params} />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <EmptyState title="There is no page at this address.">
          <p>
            <Link to="/">Go to the home page</Link>
          </p>
        </EmptyState>
      )}
    </>
  );
}
