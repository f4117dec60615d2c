// The table `pnpm bench` prints: one row per figure, PASS or MISS where there is a target.
import type { Check } from './entry';

export type Row = Check & { entry: string };

const COLUMNS = ['entry', 'figure', 'value', 'target', 'result'] as const;

export function formatTable(rows: Row[]): string[] {
  const header = { entry: 'entry', figure: 'figure', value: 'value', target: 'target', result: '' };
  const lines = [
    header,
    ...rows.map((row) => ({ ...row, result: row.pass === null ? '' : row.pass ? 'PASS' : 'MISS' })),
  ];
  const widths = COLUMNS.map((c) => Math.max(...lines.map((line) => line[c].length)));
  return lines.map((line) =>
    COLUMNS.map((c, i) => line[c].padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

export function printTable(rows: Row[]): void {
  for (const line of formatTable(rows)) console.log(line);
}
