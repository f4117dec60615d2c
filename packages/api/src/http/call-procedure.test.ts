import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  callTRPCProcedure,
  initTRPC,
  TRPCError,
} from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { appRouter } from '../root';
import { callProcedure, runsItsOwnChain } from './call-procedure';

type Ctx = { who: string; extra?: string };
const t = initTRPC.context<Ctx>().meta<{ label: string }>().create();

/** What a middleware is handed, as plain data (functions by their type). */
function described(options: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(options).map(([key, value]) => [
      key,
      typeof value === 'function' ? 'function' : key === 'router' ? 'the router' : value,
    ]),
  );
}

const router = t.router({
  plain: t.procedure
    .input(z.object({ n: z.number() }))
    .query(({ input, ctx, path }) => ({ doubled: input.n * 2, who: ctx.who, path })),
  ctxPassedOn: t.procedure
    .use(({ next }) => next({ ctx: { extra: 'from the middleware' } }))
    .query(({ ctx }) => ({ who: ctx.who, extra: ctx.extra })),
  // The parser merges what it parsed over the input passed on: a key only the middleware gave
  // shows that it was passed on.
  inputPassedOn: t.procedure
    .use(({ next }) => next({ input: { fromMiddleware: true } }))
    .input(z.object({ n: z.number() }))
    .query(({ input }) => input),
  optionsSeen: t.procedure
    .meta({ label: 'seen' })
    .use((options) => next0(options))
    .query(() => 'never'),
  failureSeenOutside: t.procedure
    .use(async ({ next }) => {
      const inner = await next();
      return inner.ok ? inner : next0({ innerFailed: inner.error.code });
    })
    .use(() => {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'not you' });
    })
    .query(() => 'never'),
  twoInputs: t.procedure
    .input(z.object({ a: z.string() }))
    .input(z.object({ b: z.string() }))
    .mutation(({ input }) => input),
  refusedByMiddleware: t.procedure
    .use(() => {
      throw new TRPCError({ code: 'FORBIDDEN', message: 'not you' });
    })
    .query(() => 'never'),
  failingResolver: t.procedure.query(() => {
    throw new Error('broke');
  }),
  middlewareWithoutNext: t.procedure.use((async () => undefined) as never).query(() => 'never'),
  badInput: t.procedure.input(z.object({ n: z.number() })).query(({ input }) => input),
});

/** A middleware's answer that ends the chain with this data, as the resolver's would. */
function next0(data: unknown) {
  return Promise.resolve({
    ok: true as const,
    data: typeof data === 'object' && data && 'next' in data ? described(data as never) : data,
    ctx: {},
    marker: 'middlewareMarker' as never,
  });
}

const withCaller = initTRPC.context<Ctx>().create();
// A procedure with a caller override is not a router's by its types, but is one at run time.
const overridden = withCaller.procedure
  .experimental_caller(async ({ _def }) => ({ wrapped: true, type: _def.type }))
  .query(() => 'never');
const callerRouter = withCaller.router({ overridden: overridden as never });

/** What a call gives: its data, or its error's code and message. */
async function outcome(run: () => Promise<unknown>) {
  try {
    return { data: await run() };
  } catch (error) {
    const { code, message } = error as TRPCError;
    return { code, message };
  }
}

function bothWays(path: string, type: 'query' | 'mutation', rawInput: unknown, batchIndex = 0) {
  const call = {
    router,
    path,
    type,
    ctx: { who: 'caller' },
    getRawInput: async () => rawInput,
    batchIndex,
  };
  return Promise.all([
    outcome(() => callProcedure(call)),
    outcome(() => callTRPCProcedure({ ...call, signal: undefined })),
  ]);
}

describe('callProcedure', () => {
  it.each([
    ['plain', 'query', { n: 21 }],
    ['ctxPassedOn', 'query', undefined],
    ['inputPassedOn', 'query', { n: 1 }],
    ['failureSeenOutside', 'query', undefined],
    ['twoInputs', 'mutation', { a: 'x', b: 'y' }],
    ['refusedByMiddleware', 'query', undefined],
    ['failingResolver', 'query', undefined],
    ['middlewareWithoutNext', 'query', undefined],
    ['badInput', 'query', { n: 'not a number' }],
  ] as const)('answers %s as tRPC does', async (path, type, rawInput) => {
    const [ours, trpcs] = await bothWays(path, type, rawInput);
    expect(ours).toEqual(trpcs);
  });

  it('passes input on, and answers a failure to the middleware outside it, as tRPC does', async () => {
    expect((await bothWays('inputPassedOn', 'query', { n: 1 }))[0]).toEqual({
      data: { fromMiddleware: true, n: 1 },
    });
    expect((await bothWays('failureSeenOutside', 'query', undefined))[0]).toEqual({
      data: { innerFailed: 'FORBIDDEN' },
    });
  });

  it('hands a middleware the options tRPC hands it', async () => {
    const [ours, trpcs] = await bothWays('optionsSeen', 'query', undefined, 1);
    expect(ours).toEqual(trpcs);
    expect(ours).toEqual({
      data: {
        router: 'the router',
        ctx: { who: 'caller' },
        type: 'query',
        path: 'optionsSeen',
        input: undefined,
        getRawInput: 'function',
        meta: { label: 'seen' },
        signal: undefined,
        batchIndex: 1,
        next: 'function',
      },
    });
  });

  it('leaves a procedure with a caller override to tRPC', async () => {
    const procedure = (callerRouter as AnyTRPCRouter)._def.procedures
      .overridden as AnyTRPCProcedure;
    expect(runsItsOwnChain(procedure)).toBe(false);
    const answer = await callProcedure({
      router: callerRouter,
      path: 'overridden',
      type: 'query',
      ctx: { who: 'caller' },
      getRawInput: async () => undefined,
      batchIndex: 0,
    });
    expect(answer).toEqual({ wrapped: true, type: 'query' });
  });

  it("runs every procedure of the app's router itself, none through tRPC", () => {
    const all = Object.entries(
      (appRouter as AnyTRPCRouter)._def.procedures as Record<string, AnyTRPCProcedure>,
    );
    expect(all.length).toBeGreaterThan(50);
    expect(
      all.filter(([, procedure]) => !runsItsOwnChain(procedure)).map(([path]) => path),
    ).toEqual([]);
  });
});
