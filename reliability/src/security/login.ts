// SPEC §12 sign-in: the same answer for an unknown email and a wrong password (status, body,
// and time: an unknown email verifies a decoy hash), and the rate limits with their defaults —
// 10 failures per account and 100 per client address in 15 minutes — after which even the
// right password is refused with 429. The per-address limit blocks every sign-in from this
// machine on the check's database, so it runs last.
import { randomUUID } from 'node:crypto';
import type { Trials } from './trials';

const PER_ACCOUNT = 10;
const PER_ADDRESS = 100;
/** How much slower one kind of failure may be, median to median, before it gives itself away.
 * A missing decoy hash makes unknown emails 10–50 times faster; noise stays well under 2. */
const MAX_TIMING_RATIO = 2.5;

type Attempt = { status: number; body: string; ms: number };

export class LoginProbe {
  /** Failed sign-ins this probe caused from 127.0.0.1 (they count toward the per-address limit). */
  failures = 0;

  constructor(readonly baseUrl: string) {}

  async attempt(email: string, password: string): Promise<Attempt> {
    // A fresh browser each time: its CSRF cookie from auth.me, then the sign-in.
    const me = await fetch(`${this.baseUrl}/trpc/auth.me`);
    await me.arrayBuffer();
    const csrf = me.headers.getSetCookie()[0]?.split(';')[0] ?? '';
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}/trpc/auth.login`, {
      method: 'POST',
      headers: {
        cookie: csrf,
        'content-type': 'application/json',
        'x-csrf-token': decodeURIComponent(csrf.slice(csrf.indexOf('=') + 1)),
      },
      body: JSON.stringify({ email, password }),
    });
    const body = await response.text();
    const ms = performance.now() - started;
    if (response.status === 401) this.failures += 1;
    return { status: response.status, body, ms };
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const unknownEmail = () => `nobody-${randomUUID()}@example.test`;

/** `emails`: existing users, each tried once with a wrong password (under their limit). */
export async function checkSameAnswer(trials: Trials, probe: LoginProbe, emails: string[]) {
  const unknown: Attempt[] = [];
  const wrong: Attempt[] = [];
  for (const email of emails) {
    unknown.push(await probe.attempt(unknownEmail(), 'Wrong password 1!'));
    wrong.push(await probe.attempt(email, 'Wrong password 1!'));
  }
  const shapes = new Set([...unknown, ...wrong].map((a) => `${a.status} ${a.body}`));
  trials.expect(
    shapes.size === 1 && wrong[0]?.status === 401,
    `unknown email and wrong password answered differently: ${[...shapes].join(' | ')}`,
  );
  const [fast, slow] = [median(unknown.map((a) => a.ms)), median(wrong.map((a) => a.ms))].sort(
    (a, b) => a - b,
  );
  trials.expect(
    (slow ?? 0) <= (fast ?? 0) * MAX_TIMING_RATIO,
    `unknown email median ${median(unknown.map((a) => a.ms)).toFixed(0)} ms, wrong password ${median(wrong.map((a) => a.ms)).toFixed(0)} ms`,
  );
}

export async function checkAccountLimit(
  trials: Trials,
  probe: LoginProbe,
  limited: { email: string; password: string },
  bystander: { email: string; password: string },
) {
  for (let i = 0; i < PER_ACCOUNT; i++) {
    const attempt = await probe.attempt(limited.email, `Wrong password ${i}!`);
    trials.expect(attempt.status === 401, `failure ${i + 1} of ${PER_ACCOUNT}: ${attempt.status}`);
  }
  const blocked = await probe.attempt(limited.email, limited.password);
  trials.expect(
    blocked.status === 429 && blocked.body.includes('TOO_MANY_REQUESTS'),
    `the right password after ${PER_ACCOUNT} failures: ${blocked.status} ${blocked.body.slice(0, 200)}`,
  );
  const other = await probe.attempt(bystander.email, bystander.password);
  trials.expect(other.status === 200, `another account from the same address: ${other.status}`);
}

/** Unknown emails until the address has failed PER_ADDRESS times; then a good sign-in is refused. */
export async function checkAddressLimit(
  trials: Trials,
  probe: LoginProbe,
  fresh: { email: string; password: string },
) {
  while (probe.failures < PER_ADDRESS) {
    const attempt = await probe.attempt(unknownEmail(), 'Wrong password 1!');
    if (attempt.status !== 401) {
      trials.expect(false, `failure ${probe.failures + 1} of ${PER_ADDRESS}: ${attempt.status}`);
      return;
    }
  }
  trials.expect(true, `${PER_ADDRESS} failures from one address`);
  const blocked = await probe.attempt(fresh.email, fresh.password);
  trials.expect(
    blocked.status === 429,
    `a good sign-in after ${PER_ADDRESS} failures from the address: ${blocked.status}`,
  );
}
