// Which failures mean "the database is not there right now" (503, retry later) and which are
// bugs or refusals that must keep their own answer. The whole path (a real PostgreSQL stopped
// and started under traffic) is the reliability suite's db-restart check.
import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from './database-unavailable';

function pgError(message: string, code?: string): Error {
  return Object.assign(new Error(message), code ? { code } : {});
}

describe('isDatabaseUnavailable', () => {
  it('recognises a server that is down, going down, starting up or cut off', () => {
    const unavailable = [
      pgError('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'),
      pgError('terminating connection due to administrator command', '57P01'),
      pgError('the database system is starting up', '57P03'),
      pgError('the database system is shutting down', '57P03'),
      pgError('sorry, too many clients already', '53300'),
      pgError('connection failure', '08006'),
      pgError('Connection terminated unexpectedly'),
      pgError('Client has encountered a connection error and is not queryable'),
      new AggregateError([pgError('connect ECONNREFUSED ::1:5432', 'ECONNREFUSED')], 'failed'),
      new Error('procedure failed', { cause: pgError('read ECONNRESET', 'ECONNRESET') }),
    ];
    for (const error of unavailable) expect(isDatabaseUnavailable(error), error.message).toBe(true);
  });

  it('leaves everything else alone', () => {
    const others = [
      pgError('duplicate key value violates unique constraint', '23505'),
      pgError('invalid input syntax for type uuid', '22P02'),
      pgError('canceling statement due to statement timeout', '57014'),
      new Error('Offer offer-x vanished while locked'),
      'ECONNREFUSED',
      null,
    ];
    for (const error of others) expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
