/**
 * CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads zh-TW text), CRLF line ends
 * (RFC 4180), quoting where needed, and text cells that a spreadsheet would run as a formula
 * (starting with = + - @, tab or carriage return) prefixed with an apostrophe (OWASP's advice).
 * Numbers are written as plain numbers (a negative number is data, not a formula), to 12 significant digits.
 */

export type CsvCell = string | number | null | undefined;

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One cell as CSV text: formula starts neutralised, then quoted if it holds a comma, quote or line end. */
export function csvCell(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // Twelve significant digits: arithmetic noise (494.09999999999997) goes, every real digit stays.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(Number(cell.toPrecision(12))) : '';
  const text = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, header row, then the rows, CRLF after every row. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((r) => r.map(csvCell).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
