// The calls the SPAs make (GET queries and JSON POST mutations, batched or not) answered on
// tRPC's wire format without its fetch-style request path. That path builds an undici Request
// and Response, four AbortControllers and two AbortSignal.any for every request. On Node 20 a
// good part of that outlives a young-generation GC, and the mark-compacts it brings each held
// up dozens of list requests (README, "where the figures stand"). Anything else goes through
// tRPC's resolveResponse: HEAD, a streaming accept, another content type, a method the
// procedure does not take, an unknown path. This mirrors resolveResponse for what it takes:
// the same bodies and status codes, which trpc-calls.test.ts checks by asking both.
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  type AnyTRPCProcedure,
  type AnyTRPCRouter,
  getTRPCErrorFromUnknown,
  getTRPCErrorShape,
  TRPCError,
} from '@trpc/server';
import { getHTTPStatusCode } from '@trpc/server/http';
import type { Context } from '../context';
import { appRouter } from '../root';
import { callProcedure } from './call-procedure';

type CallType = 'query' | 'mutation';

export type CallPlan = {
  type: CallType;
  isBatch: boolean;
  paths: string[];
  /** The input as sent: the `input` search parameter of a query, the body of a mutation. */
  rawInput: string | null;
};

const config = appRouter._def._config;
// Flat at run time (dotted path → procedure), whatever the nested record type says; the app
// router has no lazy parts, so this is every procedure there is.
const procedures: Record<string, AnyTRPCProcedure> = (appRouter as AnyTRPCRouter)._def.procedures;

/** The calls a request makes when they are the plain kind; null leaves it to resolveResponse. */
export function planCalls(
  req: IncomingMessage,
  url: URL,
  encodedPath: string,
  body: string | undefined,
): CallPlan | null {
  const type = req.method === 'GET' ? 'query' : req.method === 'POST' ? 'mutation' : null;
  if (!type || asksForStream(req)) return null;
  const contentType = mediaType(req.headers['content-type']);
  if (contentType !== 'application/json' && !(type === 'query' && contentType === undefined)) {
    return null;
  }
  const path = decodedPath(encodedPath);
  if (path === null) return null;
  if (url.searchParams.has('connectionParams')) return null;
  const isBatch = url.searchParams.get('batch') === '1';
  const paths = isBatch ? path.split(',') : [path];
  if (!paths.every((each) => procedures[each]?._def.type === type)) return null;
  const rawInput = type === 'query' ? url.searchParams.get('input') : (body ?? '');
  return { type, isBatch, paths, rawInput };
}

/** Runs the planned calls side by side and writes their answers as one JSON response. */
export async function answerCalls(
  plan: CallPlan,
  res: ServerResponse,
  createContext: () => Promise<Context>,
): Promise<void> {
  const inputs = parsedInputs(plan);
  let ctx: Context | undefined;
  let contextError: TRPCError | undefined;
  try {
    ctx = await createContext();
  } catch (cause) {
    contextError = getTRPCErrorFromUnknown(cause);
  }
  const answers = await Promise.all(
    plan.paths.map(async (path, batchIndex) => {
      try {
        if (contextError) throw contextError;
        const data = await callProcedure({
          router: appRouter,
          path,
          type: plan.type,
          ctx,
          getRawInput: async () => inputs.read()[batchIndex],
          batchIndex,
        });
        return { result: { data } };
      } catch (cause) {
        const error = getTRPCErrorFromUnknown(cause);
        const input = inputs.result()?.[batchIndex];
        return { error: getTRPCErrorShape({ config, error, type: plan.type, path, input, ctx }) };
      }
    }),
  );
  res.statusCode = getHTTPStatusCode(answers);
  res.setHeader('vary', 'trpc-accept, accept');
  res.setHeader('content-type', 'application/json');
  const serialized = answers.map(serializeAnswer);
  const [single] = serialized; // a call that is not a batch is one path
  res.end(JSON.stringify(plan.isBatch || !single ? serialized : single));
}

type Answer = { result: { data: unknown } } | { error: unknown };

/**
 * An answer as the router's transformer writes it: what tRPC's transformTRPCResponse makes,
 * without the two object spreads it makes per answer (1.6% of the server's CPU on Manage offers,
 * bench).
 */
function serializeAnswer(answer: Answer): Answer {
  const { output } = config.transformer;
  return 'error' in answer
    ? { error: output.serialize(answer.error) }
    : { result: { data: output.serialize(answer.result.data) } };
}

/** The inputs by batch index, parsed once, when the first procedure asks for its input. */
function parsedInputs(plan: CallPlan) {
  let parsed: Record<number, unknown> | undefined;
  let failure: TRPCError | undefined;
  const parse = (): Record<number, unknown> => {
    const sent: unknown = plan.rawInput ? JSON.parse(plan.rawInput) : undefined;
    if (sent === undefined) return {};
    if (!plan.isBatch) return { 0: config.transformer.input.deserialize(sent) };
    if (typeof sent !== 'object' || sent === null || Array.isArray(sent)) {
      throw new TRPCError({
        code: 'BAD_REQUEST',
        message: '"input" needs to be an object when doing a batch call',
      });
    }
    const byIndex: Record<number, unknown> = {};
    for (const index of plan.paths.keys()) {
      const input = (sent as Record<number, unknown>)[index];
      if (input !== undefined) byIndex[index] = config.transformer.input.deserialize(input);
    }
    return byIndex;
  };
  return {
    read(): Record<number, unknown> {
      if (failure) throw failure;
      try {
        parsed ??= parse();
        return parsed;
      } catch (cause) {
        failure =
          cause instanceof TRPCError
            ? cause
            : new TRPCError({
                code: 'BAD_REQUEST',
                message: cause instanceof Error ? cause.message : 'Invalid input',
                cause,
              });
        throw failure;
      }
    },
    /** What was parsed, for an error's shape; nothing when the input was never read. */
    result: (): Record<number, unknown> | undefined => parsed,
  };
}

function asksForStream(req: IncomingMessage): boolean {
  if (req.headers['trpc-accept'] !== undefined) return true;
  return (req.headers.accept ?? '').split(',').some((type) => type.trim() === 'application/jsonl');
}

function mediaType(header: string | undefined): string | undefined {
  return header?.toLowerCase().split(';', 1)[0]?.trim();
}

function decodedPath(encoded: string): string | null {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
