// docs/evidence.md's citation register: every citation of the two source articles in the
// shipped scenarios names the passage it rests on, that passage is in the article word for
// word, and the register in the docs is the one the scenario files give.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleCitations, citationRegister, type ShippedScenario } from '../../src/authoring/citationRegister.ts';
import { parseScenarioText } from '../../src/scenario/load.ts';
import { SOURCES_DIR } from './projectTexts.ts';

const SHIPPED = ['scenarios/vraem-2012.json', 'scenarios/classroom-short.json', 'scenarios/upper-huallaga-2005.json'];
const ARTICLE_FILES: Readonly<Record<string, string>> = {
  'zech-2014': `${SOURCES_DIR}/zech-2014-ctc-sentinel-civilian-self-defense.txt`,
  'insightcrime-2011': `${SOURCES_DIR}/insightcrime-2011-humala-vigilantes.txt`,
};

function shipped(): ShippedScenario[] {
  return SHIPPED.map((file) => {
    const parsed = parseScenarioText(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    return { file, scenario: parsed.value };
  });
}

/** The endnote numbers a text cites: "endnote 25", "endnotes 26–28, 32", "endnotes 47, 52". */
export function endnotesCited(text: string): number[] {
  return [...text.matchAll(/endnotes? (\d+(?:\s*(?:–|-|,|and)\s*\d+)*)/g)].flatMap((m) =>
    m[1]!.split(/\s*(?:,|and)\s*/).flatMap((part) => {
      const [from, to] = part.split(/\s*[–-]\s*/).map(Number);
      return to === undefined ? [from!] : Array.from({ length: to - from! + 1 }, (_, i) => from! + i);
    }),
  );
}

/** Every string of a scenario outside its notes, timeline, sources and translations, where texts cite endnotes in passing. */
function inlineTexts(scenario: object): string[] {
  const { evidence: _e, timeline: _t, sources: _s, translations: _tr, ...rest } = scenario as Record<string, unknown>;
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (v !== null && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(rest);
  return out;
}

/** Words only, so that punctuation, quotation marks and line breaks do not hide a phrase. */
const words = (text: string): string => ` ${(text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? []).join(' ').replace(/’/g, "'")} `;

/** Whether the article holds the phrase word for word. */
export function inArticle(phrase: string, article: string): boolean {
  return words(article).includes(words(phrase));
}

describe('citation register', () => {
  const scenarios = shipped();
  const citations = articleCitations(scenarios);

  it('finds the citations of both articles in the shipped scenarios', () => {
    expect(citations.filter((c) => c.source === 'zech-2014').length).toBeGreaterThan(30);
    expect(citations.filter((c) => c.source === 'insightcrime-2011').length).toBeGreaterThan(3);
  });

  it('names a passage for every citation that is not an assumption', () => {
    const missing = citations.filter((c) => c.passage === undefined && c.grade !== 'assumption').map((c) => `${c.cites} (${c.files.join(', ')})`);
    expect(missing).toEqual([]);
  });

  it('gives a note the same locator and passage in every scenario that holds it', () => {
    const differing = scenarios.flatMap(({ file, scenario }) =>
      scenario.evidence.flatMap((note) => {
        const listed = citations.find((c) => c.cites === `\`${note.id}\``);
        return listed && (listed.locator !== note.locator || listed.passage !== note.passage) ? [`${file}: ${note.id}`] : [];
      }),
    );
    expect(differing).toEqual([]);
  });

  it.skipIf(!existsSync(SOURCES_DIR))('finds each passage word for word in the article it cites', () => {
    const articles = Object.fromEntries(Object.entries(ARTICLE_FILES).map(([id, file]) => [id, readFileSync(file, 'utf8')]));
    expect(inArticle('Eradication does not work without supplementary programs', articles['zech-2014']!)).toBe(true);
    expect(inArticle('Eradication always works without supplementary programs', articles['zech-2014']!)).toBe(false);
    const notFound = citations.filter((c) => c.passage !== undefined && !inArticle(c.passage, articles[c.source]!)).map((c) => `${c.cites}: “${c.passage}”`);
    expect(notFound).toEqual([]);
  });

  it('covers every endnote a scenario text cites in passing (a community note, a calibration note)', () => {
    expect(endnotesCited('Zech, endnotes 26–28, 32; endnote 47 and endnotes 49, 52')).toEqual([26, 27, 28, 32, 47, 49, 52]);
    const registered = new Set(citations.filter((c) => c.source === 'zech-2014').flatMap((c) => endnotesCited(c.locator)));
    const uncovered = scenarios.flatMap(({ file, scenario }) =>
      inlineTexts(scenario).flatMap((text) => endnotesCited(text).filter((n) => !registered.has(n)).map((n) => `${file}: endnote ${n} in "${text.slice(0, 60)}…"`)),
    );
    expect(uncovered).toEqual([]);
  });

  it('is listed in docs/evidence.md as the scenario files give it (run npm run schema)', () => {
    const doc = readFileSync('docs/evidence.md', 'utf8');
    const register = citationRegister(scenarios);
    expect(doc.endsWith(register)).toBe(true);
    for (const c of citations) expect(register).toContain(`| ${c.cites} |`);
  });
});
