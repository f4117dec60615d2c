import { type ComponentType, Suspense, useEffect, useRef } from 'react';
import { ErrorBoundary } from '../components/error-boundary';
import { EmptyState, LoadingState } from '../components/states';
import { Link, matchPath, useLocation } from '../router';

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

/**
 * Renders the page for the current path under one h1. After an in-app navigation, focus moves
 * to that h1 so screen-reader and keyboard users start at the new page, as on a full load.
 */
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
  const heading = useRef<HTMLHeadingElement>(null);
  const shownPath = useRef(path);

  useEffect(() => {
    document.title = `${title} · Offerdesk ${consoleName}`;
  }, [title, consoleName]);

  useEffect(() => {
    // Not on the first load: there the browser's own focus handling is right.
    if (shownPath.current === path) return;
    shownPath.current = path;
    heading.current?.focus();
  });

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
