import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { sql } from 'kysely';
import { authRouter } from './auth/router';
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
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;
