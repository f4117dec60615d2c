// The server's configuration (SPEC §13), read from the environment in exactly one place and
// validated at start, so a typo fails fast with one readable line per wrong variable instead
// of surfacing later as a confusing runtime error.
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FAULT_POINTS, type FaultPoint } from '@offerdesk/api';
import { z } from 'zod';

export type Role = 'all' | 'web' | 'worker';
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export type Env = {
  databaseUrl: string | null;
  /** Where PGlite keeps its files when databaseUrl is null. */
  dataDir: string;
  port: number;
  publicUrl: string;
  smtpUrl: string | null;
  listingFeePpm: number;
  demoData: boolean;
  logLevel: LogLevel;
  nodeEnv: NodeEnv;
  role: Role;
  /** Testing only: the server's clock runs this many days ahead (0 = the real time). */
  clockOffsetDays: number;
  /** Testing only: where the publish path freezes for a crash test (null = nowhere). */
  faultPoint: FaultPoint | null;
};

export type EnvResult = { ok: true; env: Env } | { ok: false; errors: string[] };

type Source = Record<string, string | undefined>;

/** apps/server/src → repository root; relative DATA_DIR values are taken from here too. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const TRUE_WORDS = ['true', '1', 'yes', 'on'];
const FALSE_WORDS = ['false', '0', 'no', 'off'];
/** Ten years: past any offer's expiry (at most three years ahead) with room to spare. */
const MAX_CLOCK_OFFSET_DAYS = 3650;

function urlWithProtocols(protocols: string[], message: string) {
  return z.string().refine((value) => {
    try {
      const url = new URL(value);
      return protocols.includes(url.protocol) && url.hostname !== '';
    } catch {
      return false;
    }
  }, message);
}

function integerBetween(min: number, max: number) {
  const message = `must be an integer between ${min} and ${max}`;
  return z
    .string()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);
}

// Each variable is a string or absent; an empty string counts as absent (`SMTP_URL=` in a
// .env file means "not set", not "set to nothing").
const schema = z.object({
  DATABASE_URL: urlWithProtocols(
    ['postgres:', 'postgresql:'],
    'must be a postgres:// or postgresql:// URL',
  ).optional(),
  DATA_DIR: z.string().optional(),
  PORT: integerBetween(1, 65535).optional(),
  PUBLIC_URL: urlWithProtocols(['http:', 'https:'], 'must be an http:// or https:// URL')
    .refine((value) => {
      // Guarded: zod runs this check even when the one above has already failed.
      const url = URL.canParse(value) ? new URL(value) : null;
      return url === null || (url.pathname === '/' && !url.search && !url.hash);
    }, 'must be an origin without a path, e.g. https://offers.example.com')
    .optional(),
  SMTP_URL: urlWithProtocols(['smtp:', 'smtps:'], 'must be an smtp:// or smtps:// URL').optional(),
  LISTING_FEE_PPM: integerBetween(0, 1_000_000).optional(),
  DEMO_DATA: z
    .string()
    .transform((value) => value.toLowerCase())
    .refine(
      (value) => TRUE_WORDS.includes(value) || FALSE_WORDS.includes(value),
      'must be true or false',
    )
    .transform((value) => TRUE_WORDS.includes(value))
    .optional(),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).optional(),
  NODE_ENV: z
    .enum(['development', 'production', 'test'], {
      error: 'must be development, production or test',
    })
    .optional(),
  ROLE: z.enum(['all', 'web', 'worker'], { error: 'must be all, web or worker' }).optional(),
  CLOCK_OFFSET_DAYS: integerBetween(0, MAX_CLOCK_OFFSET_DAYS).optional(),
  FAULT_POINT: z
    .enum(FAULT_POINTS, { error: `must be one of ${FAULT_POINTS.join(', ')}` })
    .optional(),
});

/** A database or SMTP URL may carry a password; an error line must not print it. */
function hidePassword(value: string): string {
  return value.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@');
}

const NAMES = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

export function parseEnv(source: Source): EnvResult {
  const input: Source = {};
  for (const name of NAMES) {
    const value = source[name]?.trim();
    if (value) input[name] = value;
  }
  const parsed = schema.safeParse(input);
  // One line per variable (its first problem is enough to fix it), all of them at once.
  const errors = new Map<string, string>();
  for (const issue of parsed.error?.issues ?? []) {
    const name = String(issue.path[0]);
    const shown = JSON.stringify(hidePassword(input[name] ?? ''));
    if (!errors.has(name)) errors.set(name, `${name}: ${issue.message} (got ${shown})`);
  }
  if (input.NODE_ENV === 'production') {
    if (!input.PUBLIC_URL) {
      errors.set(
        'PUBLIC_URL',
        'PUBLIC_URL: is required when NODE_ENV=production (the URL buyers open)',
      );
    }
    if (!input.SMTP_URL) {
      errors.set(
        'SMTP_URL',
        'SMTP_URL: is required when NODE_ENV=production (there is no dev mailbox)',
      );
    }
    // A clock that lies would let buyers accept expired offers: never where money is real.
    if (input.CLOCK_OFFSET_DAYS) {
      errors.set(
        'CLOCK_OFFSET_DAYS',
        'CLOCK_OFFSET_DAYS: is for tests only and is refused when NODE_ENV=production; unset it',
      );
    }
    // A fault point stops the worker dead on purpose: never where offers are real.
    if (input.FAULT_POINT) {
      errors.set(
        'FAULT_POINT',
        'FAULT_POINT: is for crash tests only and is refused when NODE_ENV=production; unset it',
      );
    }
  }
  if (!parsed.success || errors.size > 0) return { ok: false, errors: [...errors.values()] };

  const values = parsed.data;
  const nodeEnv = values.NODE_ENV ?? 'development';
  const production = nodeEnv === 'production';
  const port = values.PORT ?? 3000;
  const dataDir = values.DATA_DIR ?? '.data';
  return {
    ok: true,
    env: {
      databaseUrl: values.DATABASE_URL ?? null,
      dataDir: isAbsolute(dataDir) ? dataDir : resolve(REPO_ROOT, dataDir),
      port,
      publicUrl: (values.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
      smtpUrl: values.SMTP_URL ?? null,
      listingFeePpm: values.LISTING_FEE_PPM ?? 35_000,
      demoData: values.DEMO_DATA ?? !production,
      logLevel: values.LOG_LEVEL ?? 'info',
      nodeEnv,
      role: values.ROLE ?? 'all',
      clockOffsetDays: values.CLOCK_OFFSET_DAYS ?? 0,
      faultPoint: values.FAULT_POINT ?? null,
    },
  };
}

/** Reads process.env; on a wrong value prints one line per variable and exits with 1. */
export function loadEnv(): Env {
  const result = parseEnv(process.env);
  if (result.ok) return result.env;
  process.stderr.write(`Offerdesk cannot start: fix these environment variables\n`);
  for (const line of result.errors) process.stderr.write(`  ${line}\n`);
  process.exit(1);
}
