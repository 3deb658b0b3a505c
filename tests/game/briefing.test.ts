import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { briefingPages } from '../../src/game/briefing.ts';
import { setLocale } from '../../src/game/strings/index.ts';
import { parseScenario } from '../../src/scenario/load.ts';
import { localizeScenario } from '../../src/scenario/translations.ts';
import { loadScenario } from '../engine/helpers.ts';

const raw = () => JSON.parse(readFileSync('scenarios/classroom-short.json', 'utf8')) as Record<string, any>;
const shipped = ['vraem-2012', 'classroom-short', 'upper-huallaga-2005'].map((f) => loadScenario(`scenarios/${f}.json`));

afterEach(() => setLocale('en'));

describe('the briefing before the first turn', () => {
  it('opens with the scenario’s own pages, then the role with its own calendar and the levers', () => {
    const [vraem, classroom] = shipped;
    const pages = briefingPages(classroom!);
    expect(pages[0]!.heading).toBe('Three communities, 2013–2014');
    expect(pages.at(-2)!.paragraphs[0]).toContain('For 8 quarters (2013–2014)');
    expect(pages.length).toBe(classroom!.briefing.pages!.length + 2);
    expect(briefingPages(vraem!).at(-2)!.paragraphs[0]).toContain('For 20 quarters (2012–2016)');
    // Counts come from the scenario's communities, written as each language writes numbers.
    expect(pages[0]!.paragraphs[1]).toContain('About 38,000 people live in the 3 communities');
    setLocale('es');
    const spanish = briefingPages(localizeScenario(classroom!, 'es'));
    expect(spanish[0]!.heading).toBe('Tres comunidades, 2013–2014');
    expect(spanish.at(-2)!.paragraphs[0]).toContain('Durante 8 trimestres (2013–2014)');
  });

  it('an author’s scenario without pages gets one built from its own fields, never another scenario’s text', () => {
    const input = raw();
    delete input.briefing.pages;
    input.title = 'A valley of my own';
    input.calendar = { ...input.calendar, startYear: 1999, turns: 6 };
    const parsed = parseScenario(input);
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const pages = briefingPages(parsed.value);
    expect(pages[0]!.heading).toBe('A valley of my own');
    expect(pages[0]!.paragraphs[0]).toBe(parsed.value.summary);
    expect(pages[0]!.paragraphs[1]).toBe('About 38,000 people live in the 3 communities on your map: Pichari, Llochegua, Luricocha.');
    expect(pages[1]!.paragraphs[0]).toContain('For 6 quarters (1999–2000)');
    const shown = pages.flatMap((p) => [p.heading, ...p.paragraphs]);
    const elsewhere = shipped.flatMap((s) => (s.briefing.pages ?? []).flatMap((p) => [p.heading, ...p.paragraphs]));
    for (const text of shown) expect(elsewhere).not.toContain(text);
  });
});
