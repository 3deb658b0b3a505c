// No text in the project may share eight or more consecutive words with the source articles in
// ../shared/sources/, except inside quotation marks in a text that names its source. Facts and
// figures may be used; sentences may not be copied.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCES_DIR = '../shared/sources';
const RUN = 8;

const words = (text: string): string[] => text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];

function runsOf(text: string): Set<string> {
  const w = words(text);
  const runs = new Set<string>();
  for (let i = 0; i + RUN <= w.length; i++) runs.add(w.slice(i, i + RUN).join(' '));
  return runs;
}

/** A quotation counts as attributed when the same text names one of the sources or an endnote. */
const ATTRIBUTION = /\b(zech|insight|endnote|ctc sentinel)\b/i;
const QUOTED = /“[^”]*”|"[^"\n]*"/g;

/** The text with attributed quotations removed. */
export function unquoted(text: string): string {
  return ATTRIBUTION.test(text) ? text.replace(QUOTED, ' … ') : text;
}

/** The first run of eight words the text shares with the sources, or null. */
export function sharedRun(text: string, sourceRuns: Set<string>): string | null {
  const w = words(unquoted(text));
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (sourceRuns.has(run)) return run;
  }
  return null;
}

/** Each string value of a JSON document, so that a JSON string's own quotes are not taken for quotation marks. */
function jsonStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => jsonStrings(v, out));
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path, ext);
    return ext.test(name) ? [path] : [];
  });
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
function projectTexts(): [string, string][] {
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

describe.skipIf(!existsSync(SOURCES_DIR))('copy check against the source articles', () => {
  const sourceRuns = new Set<string>();
  for (const file of files(SOURCES_DIR, /\.txt$/)) for (const run of runsOf(readFileSync(file, 'utf8'))) sourceRuns.add(run);

  it('reads the sources', () => {
    expect(sourceRuns.size).toBeGreaterThan(1000);
  });

  it('catches a copied sentence, and lets an attributed quotation through', () => {
    const sentence = 'Eradication does not work without supplementary programs that generate broad and equitable development';
    expect(sharedRun(`As the article puts it, ${sentence}.`, sourceRuns)).not.toBeNull();
    expect(sharedRun(`Zech writes: “${sentence}” (endnote 38).`, sourceRuns)).toBeNull();
    expect(sharedRun(`“${sentence}”, unattributed.`, sourceRuns)).not.toBeNull();
  });

  it('finds no text in the project that shares eight consecutive words with a source', () => {
    const copies = projectTexts()
      .map(([file, text]) => [file, sharedRun(text, sourceRuns)] as const)
      .filter(([, run]) => run !== null)
      .map(([file, run]) => `${file}: "${run}"`);
    expect(copies).toEqual([]);
  });
});
