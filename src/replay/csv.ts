/** One CSV line, quoting cells that need it (RFC 4180). Shared by the CLIs and the debrief. */
export function csvLine(cells: readonly (string | number)[]): string {
  return cells.map((cell) => (typeof cell === 'string' && /[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : String(cell))).join(',');
}
