// End-screen and briefing texts name the scenario's own years and armed group, so a copied
// scenario cannot carry the wrong ones; the timeline sits on the game's calendar.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioText } from '../../src/scenario/load.ts';
import { endYear } from '../../src/scenario/texts.ts';
import { history, turnOfDate } from '../../src/scenario/timeline.ts';
import { localizeScenario } from '../../src/scenario/translations.ts';

const load = (text: string) => {
  const parsed = parseScenarioText(text);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
};
const raw = (file: string) => JSON.parse(readFileSync(`scenarios/${file}.json`, 'utf8'));

describe('scenario texts', () => {
  it('fills the years and the armed group from the scenario itself', () => {
    const huallaga = load(readFileSync('scenarios/upper-huallaga-2005.json', 'utf8'));
    const texts = huallaga.assessment.map((c) => c.description).join(' ');
    expect(texts).toContain('since 2005');
    expect(texts).toContain("Artemio's faction");
    expect(texts).not.toMatch(/2012|Quispe Palomino/);
  });

  it('follows the calendar when a scenario is copied to another period and group', () => {
    const copy = raw('classroom-short');
    copy.calendar.startYear = 1999;
    copy.clan.shortName = 'the river column';
    const scenario = load(JSON.stringify(copy));
    const coca = scenario.assessment.find((c) => c.id === 'coca')!;
    expect(coca.description).toContain('since 1999');
    expect(scenario.assessment.find((c) => c.id === 'clan')!.description).toContain('the river column');
    expect(scenario.summary).toContain('1999–2000');
  });

  it('fills translated texts too, with the armed group as the translation names it', () => {
    const spanish = localizeScenario(load(readFileSync('scenarios/classroom-short.json', 'utf8')), 'es');
    expect(spanish.assessment.find((c) => c.id === 'coca')!.description).toBe('Variación de las hectáreas de coca desde 2013.');
    expect(spanish.briefing.intro).toContain('le teme a los Quispe Palomino');
    expect(JSON.stringify(spanish)).not.toMatch(/\{(startYear|endYear|clan|clanName)\}/);
  });

  it('names an unknown placeholder with its path', () => {
    const copy = raw('classroom-short');
    copy.debriefPrompts[1] = 'What happened after {startYaer}?';
    const parsed = parseScenarioText(JSON.stringify(copy));
    expect(parsed.ok ? [] : parsed.errors).toContain('debriefPrompts[1]: unknown placeholder {startYaer} (known: {startYear}, {endYear}, {quarters}, {communities}, {population}, {clan}, {clanName})');
  });

  it('computes the last year from start, quarter and turns', () => {
    expect(endYear({ startYear: 2012, startQuarter: 1, turnMonths: 3, turns: 20 })).toBe(2016);
    expect(endYear({ startYear: 2012, startQuarter: 4, turnMonths: 3, turns: 2 })).toBe(2013);
    expect(endYear({ startYear: 2012, startQuarter: 1, turnMonths: 12, turns: 1 })).toBe(2012);
  });
});

describe('history beside the game', () => {
  const calendar = { startYear: 2012, startQuarter: 1, turnMonths: 3, turns: 20 };

  it('places dates on the game turn that contains them', () => {
    expect(turnOfDate(calendar, '2012-02')).toBe(1);
    expect(turnOfDate(calendar, '2013-08-11')).toBe(7);
    expect(turnOfDate(calendar, '2016-12')).toBe(20);
    expect(turnOfDate(calendar, '2011')).toBeNull();
    expect(turnOfDate(calendar, '2017-01')).toBeNull();
  });

  it('gives every VRAEM entry a citation and keeps the entries the class needs', () => {
    const entries = history(load(readFileSync('scenarios/vraem-2012.json', 'utf8')));
    expect(entries.every((e) => e.citation.length > 20)).toBe(true);
    const titles = entries.map((e) => `${e.date} ${e.title}`).join('\n');
    for (const needed of ['2012-02 "Artemio" captured', '2013-08 "Alipio" and "Gabriel" killed', '2016-07 Change of government']) {
      expect(titles).toContain(needed);
    }
    expect(entries.find((e) => e.title.startsWith('"Alipio"'))!.turn).toBe(7);
  });
});
