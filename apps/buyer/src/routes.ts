// The buyer console's pages, each its own lazily loaded chunk. /offers/:offerId is the address
// in the buyer's email (SPEC §2: <PUBLIC_URL>/buyer/offers/<offerId>).
import type { ConsoleRoute, NavItem } from '@offerdesk/ui';
import { lazy } from 'react';
import { UnreadBadge } from './components/unread-badge';

export const NAV: NavItem[] = [
  { to: '/offers', label: 'Private offers' },
  { to: '/catalog', label: 'Catalog' },
  { to: '/agreements', label: 'Agreements' },
  { to: '/invoices', label: 'Invoices' },
  { to: '/notifications', label: 'Notifications', badge: UnreadBadge },
  { to: '/users', label: 'Users' },
];

const ProductPage = lazy(() => import('./pages/product-page'));

export const ROUTES: ConsoleRoute[] = [
  { path: '/', title: 'Home', component: lazy(() => import('./pages/home-page')) },
  {
    path: '/offers',
    title: 'Private offers',
    component: lazy(() => import('./pages/private-offers-page')),
  },
  {
    path: '/offers/:offerId',
    title: 'Private offer',
    component: lazy(() => import('./pages/offer-page')),
  },
  { path: '/catalog', title: 'Catalog', component: lazy(() => import('./pages/catalog-page')) },
  { path: '/catalog/:productId', title: 'Product', component: ProductPage },
  // The marketplace's own product-page address; the same page.
  { path: '/products/:productId', title: 'Product', component: ProductPage },
  {
    path: '/agreements',
    title: 'Agreements',
    component: lazy(() => import('./pages/agreements-page')),
  },
  { path: '/invoices', title: 'Invoices', component: lazy(() => import('./pages/invoices-page')) },
  {
    path: '/notifications',
    title: 'Notifications',
    component: lazy(() => import('./pages/notifications-page')),
  },
  {
    path: '/users',
    title: 'Users',
    component: lazy(() => import('@offerdesk/ui/pages/users-page')),
  },
];
