export { AuthGate } from './app/auth-gate';
export { ConsoleApp, type ConsoleAppProps } from './app/console-app';
export { type ConsoleInfo, type ConsoleKey, useConsole } from './app/console-context';
export { type ConsoleRoute, ConsoleRoutes, type RouteProps } from './app/console-routes';
export { AppProviders } from './app/providers';
export { type Session, useSession, useSignIn, useSignOut } from './app/session';
export { ApiStatus } from './components/api-status';
export { DateText, formatDate } from './components/date-text';
export { ErrorBoundary } from './components/error-boundary';
export { FormAlert, useServerFeedback } from './components/form-feedback';
export { type AccountSummary, Layout, type NavItem, NavList } from './components/layout';
export { ConfirmDialog, ModalDialog } from './components/modal-dialog';
export { Money } from './components/money';
export { NavCount } from './components/nav-count';
export { PlannedPage } from './components/planned-page';
export { type SignInFields, SignInForm } from './components/sign-in-page';
export { EmptyState, ErrorState, LoadingState } from './components/states';
export { TextField } from './components/text-field';
export { UnreadSummary } from './components/unread-summary';
export { CSRF_COOKIE, CSRF_HEADER, readCookie } from './csrf';
export { errorMessage, type FieldIssue, fieldKey, httpStatusOf, readFieldErrors } from './errors';
export { PdfViewer, type PdfViewerProps } from './pdf/pdf-viewer';
export { createQueryClient, shouldRetry } from './query-client';
export { Link, type Location, matchPath, RouterProvider, useLocation, useNavigate } from './router';
export {
  type AppRouter,
  createTrpcClient,
  type RouterInputs,
  type RouterOutputs,
  TRPCProvider,
  type TrpcClient,
  useTRPC,
  useTRPCClient,
} from './trpc';
