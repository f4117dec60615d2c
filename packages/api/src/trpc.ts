// The tRPC instance: procedures that narrow who may call them, CSRF on every mutation, and one
// error formatter that gives clients `data.issues` (field path + sentence) for every refusal.
import { getTRPCErrorFromUnknown, initTRPC, TRPCError } from '@trpc/server';
import { ZodError } from 'zod';
import type { SessionUser } from './auth/sessions';
import { assertCsrfProof, type CallKind, type Context, signedInSession } from './context';
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

type Call = { ctx: Context; path: string; type: CallKind };

/**
 * Turns AppError into its tRPC code, and an unreachable database into 503; anything else
 * unexpected is logged and stays a 500.
 */
function mapFailure(error: TRPCError, { ctx, path, type }: Call): TRPCError {
  const cause = error.cause;
  if (cause instanceof AppError) return cause.toTRPCError();
  if (isDatabaseUnavailable(error)) {
    ctx.logger.warn({ err: cause, path, type }, 'database unavailable');
    return databaseUnavailableError().toTRPCError();
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    ctx.logger.error({ err: cause ?? error, path, type }, 'procedure failed');
  }
  return error;
}

/** A procedure's failure as mapFailure answers it; a success passes as it is. */
function mapResult<R extends { ok: boolean; error?: TRPCError }>(result: R, call: Call): R {
  return result.ok || !result.error ? result : { ...result, error: mapFailure(result.error, call) };
}

/** Runs a call's checks; what they throw is answered as mapFailure answers it. */
async function admit<T>(call: Call, checks: () => Promise<T>): Promise<T> {
  try {
    return await checks();
  } catch (cause) {
    throw mapFailure(getTRPCErrorFromUnknown(cause), call);
  }
}

/**
 * What every call must pass before its procedure: the CSRF proof of a mutation (context.ts),
 * and no input holding what no procedure takes (NUL in text, lists of thousands:
 * input-guard.ts).
 */
async function checkCall(ctx: Context, type: CallKind, getRawInput: () => Promise<unknown>) {
  assertCsrfProof(ctx, type);
  // A body that is not JSON is the input parser's to refuse (a procedure without input never
  // reads it: a POST without a body is how the SPAs call auth.logout). Too large is too large.
  const input = await getRawInput().catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'PAYLOAD_TOO_LARGE') throw error;
    return undefined;
  });
  assertTakeable(input);
}

// The checks, the sign-in check and the error mapping are one middleware per procedure, not
// one each: every level of the middleware chain costs each call an options object, a `next`
// and an async frame. Under tRPC's own caller each level also copied the options twice with
// a slow spread helper, 8.5% of the server's CPU on Manage offers (bench, issue 9); the SPAs'
// calls now go through http/call-procedure.ts, which does not, and the rest still do.
const boundary = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const call = { ctx, path, type };
  await admit(call, () => checkCall(ctx, type, getRawInput));
  return mapResult(await next(), call);
});

const signedInBoundary = t.middleware(async ({ ctx, path, type, getRawInput, next }) => {
  const call = { ctx, path, type };
  await admit(call, async () => {
    await checkCall(ctx, type, getRawInput);
    signedInSession(ctx);
  });
  // The context goes on as it is, its session checked just above. `next({ ctx: { session } })`
  // would only narrow the session's type, and for it the caller (tRPC's, and
  // http/call-procedure.ts as tRPC does) copies the whole context on every call (about 2% of
  // the server's CPU on Manage offers, bench): the cast is that narrowing.
  const result = await next();
  return mapResult(result as Awaited<ReturnType<typeof next<{ session: SessionUser }>>>, call);
});

export const publicProcedure = t.procedure.use(boundary);

/** Any signed-in account: every account may buy. */
export const buyerProcedure = t.procedure.use(signedInBoundary);
/** Any signed-in account acting as a seller; registration is checked where it matters. */
export const sellerProcedure = t.procedure.use(signedInBoundary);
/** Any signed-in account managing itself: its users, its seller registration. */
export const accountProcedure = t.procedure.use(signedInBoundary);

export type AuthedContext = Context & { session: NonNullable<Context['session']> };

export { TRPCError };
