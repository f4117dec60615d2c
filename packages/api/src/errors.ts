// One error type for everything a caller can get wrong, mapped to tRPC codes in one place.
// `issues` carry the field path and the sentence to show next to that field.
import { TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';

export type Issue = { path: (string | number)[]; message: string };

/** What a caller is told of an error that is not its doing (the log has the rest). */
export const internalErrorMessage = 'Something went wrong on our side; please try again.';

export type AppErrorCode =
  | 'INVALID_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PRECONDITION_FAILED'
  | 'TOO_MANY_REQUESTS'
  | 'UNAVAILABLE';

const TRPC_CODES: Record<AppErrorCode, TRPC_ERROR_CODE_KEY> = {
  INVALID_INPUT: 'BAD_REQUEST',
  UNAUTHENTICATED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

export const HTTP_STATUS: Record<AppErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PRECONDITION_FAILED: 412,
  TOO_MANY_REQUESTS: 429,
  UNAVAILABLE: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: Issue[];

  constructor(code: AppErrorCode, message: string, issues: Issue[] = []) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = issues;
  }

  /** A refusal about one field: the message shows at that field and as the error's message. */
  static field(path: (string | number)[], message: string, code: AppErrorCode = 'INVALID_INPUT') {
    return new AppError(code, message, [{ path, message }]);
  }

  static invalid(issues: Issue[]) {
    const first = issues[0]?.message ?? 'The input is not valid';
    const message = issues.length > 1 ? `${first} (and ${issues.length - 1} more)` : first;
    return new AppError('INVALID_INPUT', message, issues);
  }

  static notFound(what = 'This item') {
    return new AppError('NOT_FOUND', `${what} was not found`);
  }

  toTRPCError(): TRPCError {
    return new TRPCError({ code: TRPC_CODES[this.code], message: this.message, cause: this });
  }
}
