/**
 * What every CLI shares: reading untrusted files into validated values, one-line messages
 * (exit 1 for a file with errors, 2 for a file that cannot be read or wrong flags; never a
 * stack trace), and internal errors that say they are internal.
 */
import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePolicyText } from '../policy/load.ts';
import type { Policy } from '../policy/schema.ts';
import { MAX_JSON_CHARS, tooLarge, warningText, type Parsed } from '../scenario/json.ts';
import { parseScenarioText } from '../scenario/load.ts';
import type { Scenario } from '../scenario/schema.ts';
import { oneLine, terminalLines, warn } from './terminalText.ts';

/** A file that cannot be read, or wrong flags: printed as one line, exit code 2. */
export class UserError extends Error {}

/** A file that was read but has errors: printed one line per problem, exit code 1. */
export class InvalidFile extends Error {}

/**
 * Reads a file as UTF-8, refusing one over the size limit. The limit counts the bytes actually
 * read, never the size the file system reports: a device, a pipe or a FIFO reports 0 and may
 * never end (`/dev/zero`), so reading stops one chunk past the limit. A regular file over the
 * limit is refused before any byte is read.
 */
export function readText(path: string, maxBytes = MAX_JSON_CHARS): string {
  let fd: number | undefined;
  try {
    const stat = statSync(path);
    if (stat.isFile() && stat.size > maxBytes) throw new InvalidFile(`${path}: ${tooLarge(stat.size, maxBytes)}`);
    fd = openSync(path, 'r');
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > maxBytes) throw new InvalidFile(`${path}: ${tooLarge(total, maxBytes, { atLeast: true })}`);
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (error) {
    if (error instanceof InvalidFile) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new UserError(`${path}: ${reason}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

const READ_CHUNK = 1024 * 1024;
function firstErrors(path: string, errors: readonly string[]): string {
  const shown = errors.slice(0, 10).map((e) => `${path}: ${e}`);
  if (errors.length > 10) shown.push(`${path}: … and ${errors.length - 10} more`);
  return shown.join('\n');
}

/** A loaded file's value, its warnings (duplicate keys) printed on standard error. */
function loaded<T>(path: string, parsed: Parsed<T>): T {
  if (!parsed.ok) throw new InvalidFile(firstErrors(path, parsed.errors));
  for (const w of parsed.warnings ?? []) warn(`${oneLine(path)}: warning: ${oneLine(warningText(w))}`);
  return parsed.value;
}

export function loadScenarioFile(path: string): Scenario {
  return loaded(path, parseScenarioText(readText(path)));
}

export function loadPolicyFile(path: string, scenario: Scenario): Policy {
  return loaded(path, parsePolicyText(readText(path), scenario));
}

/** The scenarios shipped in the repository's scenarios/ folder (the ones the game bundles). */
export function shippedScenarios(): Scenario[] {
  const folder = fileURLToPath(new URL('../../scenarios/', import.meta.url));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .flatMap((name) => {
      const parsed = parseScenarioText(readFileSync(`${folder}${name}`, 'utf8'));
      return parsed.ok ? [parsed.value] : [];
    });
}

/** Runs a CLI's main function (synchronous, or a promise for one that waits on worker threads) with the project's error conventions. */
export function runCli(main: () => number | void | Promise<number | void>): void {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    const result = main();
    if (result instanceof Promise) result.then((code) => (process.exitCode = code ?? 0), fail);
    else process.exitCode = result ?? 0;
  } catch (error) {
    fail(error);
  }
}

/** A file with errors is exit 1, an unreadable file or wrong flags exit 2, one line each; anything else is a bug and says so. */
function fail(error: unknown): void {
  if (error instanceof InvalidFile) {
    process.stderr.write(`${terminalLines(`error: ${error.message.split('\n').join('\nerror: ')}`)}\n`);
    process.exitCode = 1;
  } else if (error instanceof UserError || (error instanceof TypeError && (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS'))) {
    process.stderr.write(`${terminalLines(`error: ${error.message}`)}\n`);
    process.exitCode = 2;
  } else {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`internal error (a bug in Between Two Fires, not in your input):\n${terminalLines(message)}\n`);
    process.exitCode = 70;
  }
}

export function requireFlag(value: string | undefined, flag: string, usage: string): string {
  if (value === undefined || value === '') throw new UserError(`missing ${flag}\n${usage}`);
  return value;
}

export function positiveInt(value: string | undefined, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UserError(`${flag}: expected a whole number >= 1, got "${value}"`);
  return Number(value);
}

/** Seeds for a sweep: 7, 8, 9… for a numeric seed, "abc-0", "abc-1"… otherwise. */
export function sweepSeeds(seed: string, runs: number): string[] {
  const numeric = /^\d+$/.test(seed);
  return Array.from({ length: runs }, (_, i) => (runs === 1 ? seed : numeric ? String(Number(seed) + i) : `${seed}-${i}`));
}

/** A plain text table: text left-aligned, numbers right-aligned, each cell on its line (controls escaped). */
export function formatTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  const text = [header, ...rows].map((row) => row.map((cell) => (typeof cell === 'number' ? formatNumber(cell) : oneLine(cell))));
  // A column of numbers is right-aligned, its header too.
  const numericColumn = header.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number'));
  const numeric = (r: number, i: number) => (r === 0 ? numericColumn[i]! : typeof rows[r - 1]![i] === 'number');
  const widths = header.map((_, i) => Math.max(...text.map((row) => row[i]!.length)));
  return text
    .map((row, r) => row.map((cell, i) => (numeric(r, i) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd())
    .join('\n');
}

export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return Math.abs(value) >= 100 ? value.toFixed(0) : value.toFixed(1);
}

export { csvDocument } from '../replay/csv.ts';
