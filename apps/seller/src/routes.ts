// The seller console's pages. Each is its own lazily loaded chunk, so the first load carries
// only the shell and the sign-in form.
import type { ConsoleRoute, NavItem } from '@offerdesk/ui';
import { lazy } from 'react';

export const NAV: NavItem[] = [
  { to: '/partners', label: 'Partners' },
  { to: '/offers', label: 'Manage offers' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/invoices', label: 'Invoices & disbursements' },
  { to: '/reports', label: 'Reports' },
  { to: '/products', label: 'Products' },
  { to: '/authorizations', label: 'Resale authorizations' },
  { to: '/settings', label: 'Settings' },
];

export const ROUTES: ConsoleRoute[] = [
  { path: '/', title: 'Home', component: lazy(() => import('./pages/home-page')) },
  { path: '/partners', title: 'Partners', component: lazy(() => import('./pages/partners-page')) },
  { path: '/offers', title: 'Manage offers', component: lazy(() => import('./pages/offers-page')) },
  {
    path: '/agreements',
    title: 'Agreements',
    component: lazy(() => import('./pages/agreements-page')),
  },
  {
    path: '/invoices',
    title: 'Invoices & disbursements',
    component: lazy(() => import('./pages/invoices-page')),
  },
  { path: '/reports', title: 'Reports', component: lazy(() => import('./pages/reports-page')) },
  { path: '/products', title: 'Products', component: lazy(() => import('./pages/products-page')) },
  {
    path: '/authorizations',
    title: 'Resale authorizations',
    component: lazy(() => import('./pages/authorizations-page')),
  },
  { path: '/settings', title: 'Settings', component: lazy(() => import('./pages/settings-page')) },
];
