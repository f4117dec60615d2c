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
const t = initTRPC.context<Ctx>().create();

const router = t.router({
  plain: t.procedure
    .input(z.object({ n: z.number() }))
    .query(({ input, ctx, path }) => ({ doubled: input.n * 2, who: ctx.who, path })),
  ctxPassedOn: t.procedure
    .use(({ next }) => next({ ctx: { extra: 'from the middleware' } }))
    .query(({ ctx }) => ({ who: ctx.who, extra: ctx.extra })),
  inputPassedOn: t.procedure
    .use(({ next }) => next({ input: { n: 5 } }))
    .input(z.object({ n: z.number(), m: z.number().optional() }))
    .query(({ input }) => input),
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

const procedures = (router as AnyTRPCRouter)._def.procedures as Record<string, AnyTRPCProcedure>;

/** What a call gives: its data, or its error's code and message. */
async function outcome(run: () => Promise<unknown>) {
  try {
    return { data: await run() };
  } catch (error) {
    const { code, message } = error as TRPCError;
    return { code, message };
  }
}

function bothWays(path: string, type: 'query' | 'mutation', rawInput: unknown) {
  const call = {
    router,
    path,
    type,
    ctx: { who: 'caller' },
    getRawInput: async () => rawInput,
    batchIndex: 0,
  };
  const procedure = procedures[path];
  if (!procedure) throw new Error(`no procedure ${path}`);
  return Promise.all([
    outcome(() => callProcedure({ ...call, procedure })),
    outcome(() => callTRPCProcedure({ ...call, signal: undefined })),
  ]);
}

describe('callProcedure', () => {
  it.each([
    ['plain', 'query', { n: 21 }],
    ['ctxPassedOn', 'query', undefined],
    ['inputPassedOn', 'query', { n: 1, m: 2 }],
    ['twoInputs', 'mutation', { a: 'x', b: 'y' }],
    ['refusedByMiddleware', 'query', undefined],
    ['failingResolver', 'query', undefined],
    ['middlewareWithoutNext', 'query', undefined],
    ['badInput', 'query', { n: 'not a number' }],
  ] as const)('answers %s as tRPC does', async (path, type, rawInput) => {
    const [ours, trpcs] = await bothWays(path, type, rawInput);
    expect(ours).toEqual(trpcs);
  });

  it('gives the resolver what tRPC gives it', async () => {
    const [ours] = await bothWays('plain', 'query', { n: 21 });
    expect(ours).toEqual({ data: { doubled: 42, who: 'caller', path: 'plain' } });
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
