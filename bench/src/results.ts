// bench/results.json: exactly the keys issue 9 fixes, in its order, numbers in ms, KB and MB.
// An entry that could not measure leaves its keys null, so the file's shape never changes.
import type { BenchEnv } from './env';

export const RESULT_KEYS = {
  offersList: ['p50Ms', 'p99Ms', 'deepPageP99Ms', 'bareP50Ms', 'bareP99Ms', 'ratioP50', 'ratioP99'],
  accept: ['perSecond', 'p99Ms'],
  publish: ['typicalP50Ms', 'typicalP99Ms', 'largeP99Ms'],
  compose: ['ms', 'qpdfMs', 'ratioToQpdf', 'peakRssMb'],
  spa: ['sellerInitialKbGz', 'buyerInitialKbGz', 'sellerEntryKbGz', 'buyerEntryKbGz'],
  coldStart: ['pgliteNewMs', 'pgliteExistingMs', 'postgresMs'],
} as const;

export type EntryKey = keyof typeof RESULT_KEYS;
type Figures = Record<string, number | null>;
export type Results = { database: BenchEnv['database']; cpus: number } & Record<EntryKey, Figures>;

/** The entry's figures under exactly its keys (anything else an entry reports stays out). */
export function pickFigures(key: EntryKey, figures: unknown): Figures {
  const source = (figures ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    RESULT_KEYS[key].map((name) => {
      const value = source[name];
      return [name, typeof value === 'number' && Number.isFinite(value) ? value : null];
    }),
  );
}

export function emptyResults(database: BenchEnv['database'], cpus: number): Results {
  const entries = Object.keys(RESULT_KEYS) as EntryKey[];
  return {
    database,
    cpus,
    ...(Object.fromEntries(entries.map((key) => [key, pickFigures(key, null)])) as Record<
      EntryKey,
      Figures
    >),
  };
}
