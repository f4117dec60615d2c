// A small history router: the consoles need a dozen fixed paths and a few ":param" segments,
// which fits in this file; react-router would add a dependency and ~20 KB to every entry chunk.
import {
  type AnchorHTMLAttributes,
  createContext,
  type MouseEvent,
  type ReactNode,
  useContext,
  useMemo,
  useSyncExternalStore,
} from 'react';

type Listener = () => void;
const listeners = new Set<Listener>();

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

function notify(): void {
  for (const listener of listeners) listener();
}

const readHref = () => window.location.pathname + window.location.search;

export type Location = { path: string; search: URLSearchParams };

type RouterValue = {
  base: string;
  navigate: (to: string, options?: { replace?: boolean }) => void;
};

const RouterContext = createContext<RouterValue | null>(null);

/** `base` is the app's mount with both slashes, e.g. "/seller/" (Vite's BASE_URL). */
export function RouterProvider({ base, children }: { base: string; children: ReactNode }) {
  const value = useMemo<RouterValue>(
    () => ({
      base,
      navigate(to, options) {
        const href = toHref(base, to);
        if (options?.replace) window.history.replaceState(null, '', href);
        else window.history.pushState(null, '', href);
        notify();
      },
    }),
    [base],
  );
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

function useRouter(): RouterValue {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter needs a <RouterProvider>');
  return router;
}

/** "/offers" → "/seller/offers"; app paths always start with "/". */
function toHref(base: string, to: string): string {
  return base.replace(/\/$/, '') + (to.startsWith('/') ? to : `/${to}`);
}

/** The current path inside the app ("/offers/offer-…"), without the base. */
export function useLocation(): Location {
  const { base } = useRouter();
  const href = useSyncExternalStore(subscribe, readHref);
  return useMemo(() => {
    const url = new URL(href, 'http://app');
    const trimmed = base.replace(/\/$/, '');
    const inside = url.pathname.startsWith(trimmed)
      ? url.pathname.slice(trimmed.length)
      : url.pathname;
    return { path: inside === '' ? '/' : inside, search: url.searchParams };
  }, [href, base]);
}

export function useNavigate(): RouterValue['navigate'] {
  return useRouter().navigate;
}

/**
 * Matches "/offers/:offerId" against a path; returns the decoded params or null.
 * A trailing slash on the path is ignored.
 */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = got[i] as string;
    if (w.startsWith(':')) {
      try {
        params[w.slice(1)] = decodeURIComponent(g);
      } catch {
        return null;
      }
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}

type LinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & { to: string };

/** A real <a href> (middle click, copy link and screen readers work) that navigates in-app. */
export function Link({ to, onClick, ...rest }: LinkProps) {
  const { base, navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    const modified = event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;
    if (event.defaultPrevented || event.button !== 0 || modified || rest.target) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...rest} href={toHref(base, to)} onClick={handleClick} />;
}
