// A procedure of the app router called as tRPC's own caller calls it (createProcedureCaller
// and callRecursive in @trpc/server 11.22.1): its middlewares in order, each handed the call's
// options and a `next` that runs the rest, the last one (tRPC's resolveMiddleware) running the
// resolver. tRPC builds each level's options with two copies made by its spread helper (every
// key through `ownKeys` and its `_defineProperty`): on Manage offers, tRPC's code was 7.7 % of
// the server's profile samples, those copies most of it; called here, 0.6 % (bench, issue 9).
// Each level's options are one object literal instead. A procedure of a shape this does not
// know (no middleware list, or a caller override) is left to tRPC. call-procedure.test.ts
// checks the two answer alike, trpc-calls.test.ts that the server answers as tRPC does.
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  callTRPCProcedure,
  getTRPCErrorFromUnknown,
  TRPCError,
} from '@trpc/server';

export type ProcedureCall = {
  router: AnyTRPCRouter;
  path: string;
  type: 'query' | 'mutation';
  ctx: unknown;
  getRawInput: () => Promise<unknown>;
  batchIndex: number;
};

/** What tRPC's middlewares take and return, as its runtime has them. */
type Options = {
  router: AnyTRPCRouter;
  ctx: unknown;
  type: 'query' | 'mutation';
  path: string;
  input: unknown;
  getRawInput: () => Promise<unknown>;
  meta: unknown;
  signal: undefined;
  batchIndex: number;
  next: (overrides?: Overrides) => Promise<Result>;
};
type Overrides = { ctx?: object; input?: unknown; getRawInput?: () => Promise<unknown> };
type Result = ({ ok: true; data: unknown } | { ok: false; error: TRPCError }) & { marker?: string };
type Middleware = (options: Options) => Promise<Result>;
type Chain = { middlewares: Middleware[]; meta: unknown };

// tRPC marks what a middleware returns with this (its `middlewareMarker`).
const MARKER = 'middlewareMarker';

/** The procedure's answer (its resolver's data), or what it threw, as tRPC's caller throws it. */
export async function callProcedure(call: ProcedureCall): Promise<unknown> {
  // A router without lazy parts holds every procedure by its dotted path; anything else (no
  // procedure there, another type, a lazy router) is tRPC's to answer, NOT_FOUND included.
  const procedure = (call.router._def.procedures as Record<string, AnyTRPCProcedure>)[call.path];
  const chain = procedure?._def.type === call.type ? chainOf(procedure) : null;
  if (!chain) {
    const { router, path, type, ctx, getRawInput, batchIndex } = call;
    return callTRPCProcedure({
      router,
      path,
      type,
      ctx,
      getRawInput,
      batchIndex,
      signal: undefined,
    });
  }
  const result = await runFrom(chain, 0, call, {
    ctx: call.ctx,
    input: undefined,
    getRawInput: call.getRawInput,
  });
  if (!result) {
    throw new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'No result from middlewares - did you forget to `return next()`?',
    });
  }
  if (!result.ok) throw result.error;
  return result.data;
}

/** What a middleware may change for the ones after it (tRPC's `next(overrides)`). */
type Passed = { ctx: unknown; input: unknown; getRawInput: () => Promise<unknown> };

async function runFrom(
  chain: Chain,
  index: number,
  call: ProcedureCall,
  passed: Passed,
): Promise<Result> {
  const middleware = chain.middlewares[index];
  try {
    // Past the end only when a resolver calls `next()` itself (tRPC fails there too).
    if (!middleware) throw new TRPCError({ code: 'INTERNAL_SERVER_ERROR' });
    return await middleware({
      router: call.router,
      ctx: passed.ctx,
      type: call.type,
      path: call.path,
      input: passed.input,
      getRawInput: passed.getRawInput,
      meta: chain.meta,
      signal: undefined,
      batchIndex: call.batchIndex,
      next: (overrides) =>
        runFrom(chain, index + 1, call, {
          ctx: overrides?.ctx ? { ...(passed.ctx as object), ...overrides.ctx } : passed.ctx,
          input: overrides && 'input' in overrides ? overrides.input : passed.input,
          getRawInput: overrides?.getRawInput ?? passed.getRawInput,
        }),
    });
  } catch (cause) {
    const failed: Result = { ok: false, error: getTRPCErrorFromUnknown(cause), marker: MARKER };
    return failed;
  }
}

/** Whether callProcedure runs this procedure's middlewares itself (or leaves it to tRPC). */
export function runsItsOwnChain(procedure: AnyTRPCProcedure): boolean {
  return chainOf(procedure) !== null;
}

const chains = new WeakMap<AnyTRPCProcedure, Chain | null>();

/** The procedure's middlewares, when it is a plain procedure as tRPC 11 builds one. */
function chainOf(procedure: AnyTRPCProcedure): Chain | null {
  let chain = chains.get(procedure);
  if (chain === undefined) {
    const def = procedure._def as { middlewares?: unknown; caller?: unknown; meta?: unknown };
    const plain =
      Array.isArray(def.middlewares) &&
      def.middlewares.every((each) => typeof each === 'function') &&
      !def.caller;
    chain = plain ? { middlewares: def.middlewares as Middleware[], meta: def.meta } : null;
    chains.set(procedure, chain);
  }
  return chain;
}
