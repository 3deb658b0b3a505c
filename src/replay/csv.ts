/**
 * CSV as every spreadsheet opens it safely: shared by the CLIs and the debrief. A text cell that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets
 * a leading apostrophe, as the common CSV libraries do; cells with quotes, commas or line breaks
 * are quoted (RFC 4180); a document starts with a UTF-8 byte-order mark so Excel reads accented
 * names as UTF-8.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\n\r]/;

export const BYTE_ORDER_MARK = '\uFEFF';

function csvCell(cell: string | number): string {
  // Numbers are written by us and read as numbers; only text can smuggle a formula.
  if (typeof cell === 'number') return String(cell);
  const safe = FORMULA_START.test(cell) ? `'${cell}` : cell;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One CSV line. */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole CSV file: byte-order mark, header, rows, one line each. */
export function csvDocument(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return `${BYTE_ORDER_MARK}${[header, ...rows].map(csvLine).join('\n')}\n`;
}
