/**
 * What the workshop opens: a copy of a shipped scenario, a file from the author's disk, or the
 * starting template, each as its text (so a download writes unchanged numbers as the file wrote
 * them). A file too large, nested too deep or not JSON is refused with the reason (the limits of
 * ../../scenario/json.ts); a JSON object that is not (yet) a valid scenario opens all the same,
 * with its problems shown at their fields.
 */
import { parseJsonText, type JsonWarning } from '../../scenario/json.ts';
import { readPicked } from '../../replay/readPicked.ts';
import templateText from './template.json?raw';

export interface Opened {
  readonly draft: Record<string, unknown>;
  /** The text it was opened from. */
  readonly base: string;
  readonly name: string;
  /** Keys the file gives twice (the later one counts), said once on opening. */
  readonly warnings: readonly JsonWarning[];
}

export type OpenResult = { ok: true; opened: Opened } | { ok: false; error: string };

/** The shipped scenarios' texts, fetched when asked for. */
const shippedTexts = import.meta.glob<string>(['/scenarios/*.json', '!/scenarios/schema.json'], { query: '?raw', import: 'default' });

export const shippedFiles = (): string[] => Object.keys(shippedTexts).map((path) => path.replace(/^\/scenarios\//, ''));

/** A draft from a file's text, or why not. */
export function openText(text: string, name: string): OpenResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, error: json.errors[0]! };
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, error: `not a scenario: the file holds ${Array.isArray(value) ? 'a list' : value === null ? 'null' : `a single ${typeof value}`}, not an object of scenario fields` };
  }
  return { ok: true, opened: { draft: value as Record<string, unknown>, base: text, name, warnings: json.warnings ?? [] } };
}

export const openTemplate = (): OpenResult => openText(templateText, 'template');

export async function openShipped(file: string): Promise<OpenResult> {
  const load = shippedTexts[`/scenarios/${file}`];
  if (!load) return { ok: false, error: `no shipped scenario "${file}"` };
  try {
    return openText(await load(), file);
  } catch {
    return { ok: false, error: `cannot read the shipped scenario "${file}"` };
  }
}

export async function openFile(file: File): Promise<OpenResult> {
  const read = await readPicked(file);
  return read.ok ? openText(read.text, file.name) : { ok: false, error: read.error };
}

