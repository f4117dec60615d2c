import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { sql } from 'kysely';
import { accountRouter } from './account/router';
import { agreementsRouter } from './agreements/router';
import { authRouter } from './auth/router';
import { buyerRouter } from './buyer/router';
import { catalogRouter } from './catalog/router';
import { disbursementsRouter } from './disbursements/router';
import { invoicesRouter } from './invoices/router';
import { isvRouter } from './isv/router';
import { notificationsRouter } from './notifications/router';
import { offersRouter } from './offers/router';
import { reportsRouter } from './reports/router';
import { resellerRouter } from './reseller/router';
import { settingsRouter } from './settings/router';
import { publicProcedure, router } from './trpc';

export const appRouter = router({
  health: publicProcedure.query(async ({ ctx }) => {
    const row = await sql<{ now: Date }>`SELECT now() AS now`.execute(ctx.db);
    return {
      ok: true as const,
      database: ctx.handle.kind,
      time: (row.rows[0]?.now ?? new Date()).toISOString(),
    };
  }),
  auth: authRouter,
  account: accountRouter,
  buyer: buyerRouter,
  catalog: catalogRouter,
  isv: isvRouter,
  reseller: resellerRouter,
  agreements: agreementsRouter,
  invoices: invoicesRouter,
  disbursements: disbursementsRouter,
  reports: reportsRouter,
  settings: settingsRouter,
  notifications: notificationsRouter,
  offers: offersRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
