// The bench's environment, read here only: which database the figures were taken on (CI runs
// on PostgreSQL through DATABASE_URL; without it the product uses embedded PGlite).
import { z } from 'zod';

const schema = z.object({
  DATABASE_URL: z
    .url({
      protocol: /^postgres(ql)?$/,
      error: 'DATABASE_URL must be a postgres:// URL',
    })
    .optional(),
});

export type BenchEnv = { database: 'postgres' | 'pglite' };

export function readBenchEnv(source: Record<string, string | undefined> = process.env): BenchEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  return { database: parsed.data.DATABASE_URL ? 'postgres' : 'pglite' };
}
