/** Parses JSON text, turning a syntax error into a message that says where parsing stopped. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function parseJsonText(text: string): Parsed<unknown> {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    const lineCol = /line (\d+) column (\d+)/.exec(message);
    let where = '';
    if (lineCol) where = ` at line ${lineCol[1]}, column ${lineCol[2]}`;
    else if (position) {
      const { line, column } = lineColumn(text, Number(position[1]));
      where = ` at line ${line}, column ${column}`;
    } else if (text.trim() === '') where = ': the file is empty';
    else where = ' (the text ends before the JSON is complete)';
    const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)/, '');
    return { ok: false, errors: [`not valid JSON${where}: ${reason}`] };
  }
}
