// What a benchmark entry gives run.ts: its figures for bench/results.json (under the entry's
// key) and its checks against targets, one table row each. An entry throws only when it cannot
// measure at all; a figure over target is a MISS row, not an exception.

export type Check = {
  /** What is measured, e.g. "compose ÷ qpdf". */
  figure: string;
  /** The measured value as shown, with its unit and context. */
  value: string;
  target: string;
  pass: boolean;
};

export type EntryOutcome<Figures> = { figures: Figures; checks: Check[] };

export type BenchEntry<Key extends string, Figures> = {
  key: Key;
  run: () => Promise<EntryOutcome<Figures>>;
};
