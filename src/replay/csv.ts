/**
 * CSV as every spreadsheet opens it safely, whatever separator it splits on (a comma, or the
 * semicolon Excel and LibreOffice use in many Spanish-speaking locales): shared by the CLIs and
 * the debrief. A cell holding a comma, a semicolon, a tab, a quote or a line break is quoted
 * (RFC 4180), so no separator can split it; a cell a spreadsheet would run as a formula (a line
 * of it starting with =, +, -, @, tab or carriage return) gets an apostrophe before that
 * character, at the start of the cell and after every line break or separator, as the common
 * CSV libraries do at the start; other control characters are dropped. A document starts with a UTF-8 byte-order mark so
 * Excel reads accented names as UTF-8.
 */
/**
 * A formula lead at the start of the cell, of any line inside it, or of any piece a spreadsheet
 * could cut it into when it splits on another separator than the one written (comma, semicolon,
 * tab; a quote, which such a reader may take as the start of a quoted cell).
 */
const FORMULA_LEAD = /(?<=^|[\r\n,;\t"])(?=[=+\-@\t\r])/g;
/** Control characters other than tab, line feed and carriage return (C0, DEL, C1). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const NEEDS_QUOTES = /[",;\t\n\r]/;

export const BYTE_ORDER_MARK = '\uFEFF';

function csvCell(cell: string | number): string {
  // Numbers are written by us and read as numbers; only text can smuggle a formula.
  if (typeof cell === 'number') return String(cell);
  const safe = cell.replace(CONTROL, '').replace(FORMULA_LEAD, "'");
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
