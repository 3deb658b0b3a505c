/**
 * The citation register of docs/evidence.md: every evidence note and timeline entry of the
 * shipped scenarios that cites one of the project's two source articles, with the passage it
 * rests on (section or endnote, and a phrase of at most eight words quoted from it), so a
 * reader can check any claim against the article in a minute.
 */
import type { Scenario } from '../scenario/schema.ts';

/** The two articles the game is built on (see README): Zech 2014 and InSight Crime 2011. */
export const ARTICLE_SOURCES: readonly string[] = ['zech-2014', 'insightcrime-2011'];

export interface ShippedScenario {
  readonly file: string;
  readonly scenario: Scenario;
}

export interface Citation {
  /** `evidence` note id, or the timeline entry's date and title. */
  readonly cites: string;
  readonly source: string;
  readonly grade: string;
  readonly locator: string;
  readonly passage: string | undefined;
  readonly files: readonly string[];
}

/** Each citation of an article once, with the files that hold it, in the order they first appear. */
export function articleCitations(shipped: readonly ShippedScenario[]): Citation[] {
  const byKey = new Map<string, Citation>();
  const add = (key: string, cite: Omit<Citation, 'files'>, file: string) => {
    const known = byKey.get(key);
    byKey.set(key, known ? { ...known, files: known.files.includes(file) ? known.files : [...known.files, file] } : { ...cite, files: [file] });
  };
  for (const { file, scenario } of shipped) {
    for (const note of scenario.evidence) {
      if (!ARTICLE_SOURCES.includes(note.source)) continue;
      add(`note ${note.id}`, { cites: `\`${note.id}\``, source: note.source, grade: note.grade, locator: note.locator, passage: note.passage }, file);
    }
    for (const entry of scenario.timeline) {
      if (!ARTICLE_SOURCES.includes(entry.source)) continue;
      add(`timeline ${entry.date} ${entry.title}`, { cites: `${entry.date}: ${entry.title}`, source: entry.source, grade: entry.grade, locator: entry.locator, passage: entry.passage }, file);
    }
  }
  return [...byKey.values()];
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
const shortName = (file: string): string => file.replace(/^.*\//, '').replace(/\.json$/, '');

export function citationRegister(shipped: readonly ShippedScenario[]): string {
  const citations = articleCitations(shipped);
  return [
    '## Citation register',
    '',
    `Every citation of Zech (CTC Sentinel, 2014) and InSight Crime (2011) in the shipped scenarios (${shipped.map((s) => `\`${s.file}\``).join(', ')}),`,
    'with the passage it rests on: the section or endnote, and a phrase of at most eight words quoted from it',
    'to search for in the article. An assumption may name no passage. A test keeps this list in step with the',
    'scenario files and checks each phrase against the article.',
    '',
    '| cites | grade | where in the article | passage | scenarios |',
    '|---|---|---|---|---|',
    ...citations.map((c) => `| ${cell(c.cites)} | ${c.grade} | ${cell(`${c.source === 'zech-2014' ? 'Zech' : 'InSight Crime'}, ${c.locator}`)} | ${c.passage === undefined ? '—' : `“${cell(c.passage)}”`} | ${c.files.map(shortName).join(', ')} |`),
    '',
  ].join('\n');
}
