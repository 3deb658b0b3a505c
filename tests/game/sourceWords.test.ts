// A citation on a Spanish screen prints the source's date and publication in Spanish (its title
// keeps the language it was published in): checked on every source of the shipped scenarios.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicationEs, sourceDateEs } from '../../src/game/strings/sourceWords.ts';

const SHIPPED = ['scenarios/vraem-2012.json', 'scenarios/classroom-short.json', 'scenarios/upper-huallaga-2005.json'];
const sources = SHIPPED.flatMap((file) => (JSON.parse(readFileSync(file, 'utf8')) as { sources: { id: string; date: string; publication: string }[] }).sources);
const ENGLISH = /\b(January|February|March|April|May|June|July|August|September|October|November|December|undated|consulted|republished|reporting|press release|opinion|website|edition|page|wire|Forestry|and|on)\b/;

describe('sources in Spanish', () => {
  it('writes dates as Peru does', () => {
    expect(sourceDateEs('31 August 2023')).toBe('31 de agosto de 2023');
    expect(sourceDateEs('September 1997')).toBe('setiembre de 1997');
    expect(sourceDateEs('2014')).toBe('2014');
  });

  it('leaves no English word in the date or publication of any shipped source', () => {
    const english = sources.flatMap((s) =>
      [sourceDateEs(s.date), publicationEs(s.publication)].filter((text) => ENGLISH.test(text.replace(/United Nations Office|Combating Terrorism Center at West Point|Journal of Illicit Economies and Development|Rainforest Foundation UK|The Economist|Chicago Tribune|Peru Support Group|InSight Crime|LSE Press|ISN ETH Zurich|Centro de Investigación sobre Cocaína/g, ''))).map((text) => `${s.id}: ${text}`),
    );
    expect(english).toEqual([]);
  });
});
