// The bench's environment, read here only: which database the figures were taken on (CI runs
// on PostgreSQL through DATABASE_URL; without it the product uses embedded PGlite), and where
// Chromium is.
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'DATABASE_URL must be a postgres:// URL',
    })
    .optional(),
  /** Where Chromium is, when `chromium` is not on the PATH (as for the e2e suite). */
  CHROMIUM_PATH: z.string().min(1).optional(),
});

export type BenchEnv = {
  database: 'postgres' | 'pglite';
  /** The server whose throwaway databases the bench makes and drops (null on PGlite). */
  adminUrl: string | null;
  chromiumPath: string | null;
};

export function readBenchEnv(source: Record<string, string | undefined> = process.env): BenchEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const adminUrl = parsed.data.DATABASE_URL ?? null;
  return {
    database: adminUrl ? 'postgres' : 'pglite',
    adminUrl,
    chromiumPath: parsed.data.CHROMIUM_PATH ?? null,
  };
}
