// The seller console's pages. Each is its own lazily loaded chunk, so the first load carries
// only the shell and the sign-in form. More specific paths come first.
import type { ConsoleRoute, NavItem } from '@offerdesk/ui';
import { lazy } from 'react';
import { UnreadBadge } from './components/unread-badge';

export const NAV: NavItem[] = [
  { to: '/partners', label: 'Partners' },
  { to: '/offers', label: 'Manage offers' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/invoices', label: 'Invoices & disbursements' },
  { to: '/reports', label: 'Reports' },
  { to: '/products', label: 'Products' },
  { to: '/authorizations', label: 'Resale authorizations' },
  { to: '/notifications', label: 'Notifications', badge: UnreadBadge },
  // Settings also holds the account's own pages: seller registration and users.
  { to: '/settings', label: 'Settings' },
];

export const ROUTES: ConsoleRoute[] = [
  { path: '/', title: 'Home', component: lazy(() => import('./pages/home-page')) },
  { path: '/partners', title: 'Partners', component: lazy(() => import('./pages/partners-page')) },
  {
    path: '/offers',
    title: 'Manage offers',
    component: lazy(() => import('./pages/offers/offers-page')),
  },
  {
    path: '/offers/:offerId/edit',
    title: 'Create offer',
    component: lazy(() => import('./pages/wizard/offer-wizard-page')),
  },
  {
    path: '/offers/:offerId',
    title: 'Offer details',
    component: lazy(() => import('./pages/offers/offer-details-page')),
  },
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
  {
    path: '/reports',
    title: 'Reports',
    component: lazy(() => import('./pages/reports/reports-page')),
  },
  {
    path: '/products',
    title: 'Products',
    component: lazy(() => import('./pages/products/products-page')),
  },
  {
    path: '/products/new',
    title: 'New product',
    component: lazy(() => import('./pages/products/product-edit-page')),
  },
  {
    path: '/products/:productId',
    title: 'Edit product',
    component: lazy(() => import('./pages/products/product-edit-page')),
  },
  {
    path: '/authorizations',
    title: 'Resale authorizations',
    component: lazy(() => import('./pages/authorizations/authorizations-page')),
  },
  {
    path: '/authorizations/new',
    title: 'New resale authorization',
    component: lazy(() => import('./pages/authorizations/authorization-create-page')),
  },
  {
    path: '/notifications',
    title: 'Notifications',
    component: lazy(() => import('./pages/notifications-page')),
  },
  { path: '/settings', title: 'Settings', component: lazy(() => import('./pages/settings-page')) },
  {
    path: '/settings/registration',
    title: 'Seller registration',
    component: lazy(() => import('./pages/registration/registration-page')),
  },
  {
    path: '/settings/users',
    title: 'Users',
    component: lazy(() => import('@offerdesk/ui/pages/users-page')),
  },
];
