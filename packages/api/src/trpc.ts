// The tRPC instance: procedures that narrow who may call them, CSRF on every mutation, and one
// error formatter that gives clients `data.issues` (field path + sentence) for every refusal.
import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { Context } from './context';
import { databaseUnavailableError, isDatabaseUnavailable } from './database-unavailable';
import { AppError, type Issue, internalErrorMessage } from './errors';
import { assertTakeable } from './input-guard';

function issuesOf(error: TRPCError): Issue[] {
  const cause = error.cause;
  if (cause instanceof AppError) return cause.issues;
  if (cause instanceof ZodError) {
    return cause.issues.map((i) => ({
      path: i.path.filter((p) => typeof p !== 'symbol') as (string | number)[],
      message: i.message,
    }));
  }
  return [];
}

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const issues = issuesOf(error);
    const message =
      error.cause instanceof ZodError
        ? (issues[0]?.message ?? 'The input is not valid')
        : shape.message;
    const internal = error.code === 'INTERNAL_SERVER_ERROR';
    return {
      ...shape,
      message: internal ? internalErrorMessage : message,
      data: {
        code: shape.data.code,
        httpStatus: shape.data.httpStatus,
        path: shape.data.path,
        issues,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/**
 * Turns AppError into its tRPC code, and an unreachable database into 503; anything else
 * unexpected is logged and stays a 500.
 */
const errorMapping = t.middleware(async ({ ctx, next, path, type }) => {
  const result = await next();
  if (!result.ok) {
    const cause = result.error.cause;
    if (cause instanceof AppError) {
      const mapped = cause.toTRPCError();
      return { ...result, error: mapped };
    }
    if (isDatabaseUnavailable(result.error)) {
      ctx.logger.warn({ err: cause, path, type }, 'database unavailable');
      return { ...result, error: databaseUnavailableError().toTRPCError() };
    }
    if (result.error.code === 'INTERNAL_SERVER_ERROR') {
      ctx.logger.error({ err: cause ?? result.error, path, type }, 'procedure failed');
    }
  }
  return result;
});

/** Every mutation must prove it can read the CSRF cookie (SameSite=Lax covers the rest). */
const csrf = t.middleware(({ ctx, type, next }) => {
  if (type === 'mutation' && !ctx.csrfProof) {
    throw new AppError(
      'FORBIDDEN',
      'This request is missing its CSRF token; reload the page and try again.',
    );
  }
  return next();
});

/** What no procedure takes (NUL in text, lists of thousands): input-guard.ts. */
const inputGuard = t.middleware(async ({ getRawInput, next }) => {
  // A body that is not JSON is the input parser's to refuse (a procedure without input never
  // reads it: a POST without a body is how the SPAs call auth.logout). Too large is too large.
  const input = await getRawInput().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'PAYLOAD_TOO_LARGE') throw error;
    return undefined;
  });
  assertTakeable(input);
  return next();
});

export const publicProcedure = t.procedure.use(errorMapping).use(csrf).use(inputGuard);

const signedIn = t.middleware(({ ctx, next }) => {
  if (!ctx.session) throw new AppError('UNAUTHENTICATED', 'Sign in to continue.');
  return next({ ctx: { ...ctx, session: ctx.session } });
});

/** Any signed-in account: every account may buy. */
export const buyerProcedure = publicProcedure.use(signedIn);
/** Any signed-in account acting as a seller; registration is checked where it matters. */
export const sellerProcedure = publicProcedure.use(signedIn);
/** Any signed-in account managing itself: its users, its seller registration. */
export const accountProcedure = publicProcedure.use(signedIn);

export type AuthedContext = Context & { session: NonNullable<Context['session']> };

export { TRPCError };
