/** The texts the project ships (scenario and policy strings, Markdown paragraphs, source files) and the source articles. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const SOURCES_DIR = '../shared/sources';

export function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
}

/** The source articles' text. */
export function sourceTexts(): string[] {
  return files(SOURCES_DIR, /\.txt$/).map((file) => readFileSync(file, 'utf8'));
}

/** Fields that point at a source (who wrote it, where, which passage) rather than say anything in the project's words. */
// A passage is a quotation of at most eight words by design (see the citation register).
const REFERENCE_FIELDS = new Set(['author', 'publication', 'locator', 'passage', 'reference', 'url', 'license', 'date']);
const isReference = (key: string): boolean => REFERENCE_FIELDS.has(key) || key.endsWith('.locator');

/**
 * Each string value of a JSON document, so that a JSON string's own quotes are not taken for
 * quotation marks; reference fields (and their translations) are left out.
 */
export function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) if (!isReference(key)) jsonStrings(v, out);
  }
  return out;
}

/** Titles and addresses of the scenarios' sources: naming a source is citing it, not copying it. */
function citations(): string[] {
  return files('scenarios', /\.json$/).flatMap((file) => {
    const scenario = JSON.parse(readFileSync(file, 'utf8')) as { sources?: { title: string; url?: string }[] };
    return (scenario.sources ?? []).flatMap((s) => [s.title, s.url ?? '']).filter((c) => c.length > 0);
  });
}

const withoutCitations = (text: string, cited: readonly string[]): string => cited.reduce((t, c) => t.split(c).join(' … '), text.replace(/\s+/g, ' '));

/** The project's texts, as units that carry their own attribution: JSON strings, Markdown paragraphs, source files. */
export function projectTexts(): [string, string][] {
  const cited = citations();
  return rawTexts().map(([file, text]) => [file, withoutCitations(text, cited)]);
}

function rawTexts(): [string, string][] {
  const units: [string, string][] = [];
  for (const file of [...files('scenarios', /\.json$/), ...files('policies', /\.json$/)]) {
    for (const text of jsonStrings(JSON.parse(readFileSync(file, 'utf8')))) units.push([file, text]);
  }
  for (const file of ['README.md', ...files('docs', /\.md$/)]) {
    for (const paragraph of readFileSync(file, 'utf8').split(/\n\s*\n/)) units.push([file, paragraph]);
  }
  for (const file of files('src', /\.ts$/)) units.push([file, readFileSync(file, 'utf8')]);
  return units;
}

/** A quotation counts as attributed when the same text names one of the sources or an endnote. */
const ATTRIBUTION = /\b(zech|insight|endnote|ctc sentinel)\b/i;
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/** The text with attributed quotations removed. */
export function unquoted(text: string): string {
  return ATTRIBUTION.test(text) ? text.replace(QUOTED, ' … ') : text;
}
