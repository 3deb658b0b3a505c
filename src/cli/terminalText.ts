/**
 * What the command lines print, made safe for a terminal: names, titles and messages come from
 * untrusted files, and a control character in them (an escape sequence that recolours, moves the
 * cursor or rewrites the window title; a bidirectional override that reorders what is shown)
 * would reach the terminal as such. Every control character is printed escaped, as `\x1b`,
 * `\u202e`; a name's own line break as `\n`, so a name stays on its line of a table.
 */

/** C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const NAMED: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(c: string): string {
  const named = NAMED[c];
  if (named !== undefined) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** A text from a file on one line: every control character, line breaks included, escaped. */
export function oneLine(text: string): string {
  return text.replace(CONTROLS, escapeOne);
}

/** Output of several lines: the line breaks between them kept, every other control character escaped. */
export function terminalLines(text: string): string {
  return text.split('\n').map(oneLine).join('\n');
}

/** Prints to standard output, controls escaped. */
export function print(text: string): void {
  process.stdout.write(`${terminalLines(text)}\n`);
}

/** Prints to standard error, controls escaped. */
export function warn(text: string): void {
  process.stderr.write(`${terminalLines(text)}\n`);
}
