// The checks, in the order they run (issue 8). Each lives in its own file.
import type { Check } from '../check';
import { acceptRaceCheck } from './accept-race';
import { acceptVsCancelCheck } from './accept-vs-cancel';
import { authzCheck } from './authz';
import { dbRestartCheck } from './db-restart';
import { fuzzCheck } from './fuzz';
import { publishCrashCheck } from './publish-crash';
import { securityCheck } from './security';
import { smtpOutageCheck } from './smtp-outage';
import { twoServersCheck } from './two-servers';

export const checks: Check[] = [
  acceptRaceCheck,
  acceptVsCancelCheck,
  publishCrashCheck,
  smtpOutageCheck,
  dbRestartCheck,
  twoServersCheck,
  fuzzCheck,
  authzCheck,
  securityCheck,
];
