// CSV as RFC 4180 writes it (CRLF rows, quotes only where needed, quotes doubled), with one
// addition for spreadsheets: a text cell that would start a formula is neutralised with a
// leading apostrophe, so a crafted offer name cannot run as a formula where the file is opened.

export type CsvCell = string | number | null;

/** Characters that make a spreadsheet read a cell as a formula (OWASP's list: = + - @ tab CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

export function csvCell(value: CsvCell): string {
  if (value === null) return '';
  // Numbers are ours (counts, cents), never user text: "-5" stays a number.
  if (typeof value === 'number') return String(value);
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
