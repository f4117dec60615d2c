// The refusal a call ends with, for tests that assert what the user is told.
import { TRPCClientError } from '@trpc/client';
import type { AppRouter } from '../root';

export type ApiRefusal = TRPCClientError<AppRouter>;

export async function refusalOf(call: Promise<unknown>): Promise<ApiRefusal> {
  try {
    await call;
  } catch (error) {
    if (error instanceof TRPCClientError) return error as ApiRefusal;
    throw error;
  }
  throw new Error('expected the call to be refused');
}
