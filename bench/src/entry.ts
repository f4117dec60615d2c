// What a benchmark entry gives run.ts: its figures for bench/results.json (under the entry's
// key) and its checks against targets, one table row each. An entry throws only when it cannot
// measure at all; a figure over target is a MISS row, not an exception.

export type Check = {
  /** What is measured, e.g. "compose ÷ qpdf". */
  figure: string;
  /** The measured value as shown, with its unit and context. */
  value: string;
  target: string;
  /** null: reported without a target (shown in the table, never a MISS). */
  pass: boolean | null;
};

export type EntryOutcome<Figures> = { figures: Figures; checks: Check[] };

export type BenchEntry<Key extends string, Figures, Context = void> = {
  key: Key;
  run: (context: Context) => Promise<EntryOutcome<Figures>>;
};

/** A figure shown without a target. */
export function reported(figure: string, value: string): Check {
  return { figure, value, target: '', pass: null };
}

/** A figure against an upper bound. */
export function atMost(figure: string, value: number, bound: number, unit: string): Check {
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  return { figure, value: shown(value), target: `≤ ${shown(bound)}`, pass: value <= bound };
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const digits = Math.abs(n) >= 100 ? 0 : Math.abs(n) >= 10 ? 1 : 2;
  return n.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** A figure against a lower bound. */
export function atLeast(figure: string, value: number, bound: number, unit: string): Check {
  const shown = (n: number) => `${formatNumber(n)}${unit}`;
  return { figure, value: shown(value), target: `≥ ${shown(bound)}`, pass: value >= bound };
}
