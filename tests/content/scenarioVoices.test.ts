// Each shipped scenario speaks for its own place and years: its briefing and advisers name no
// year outside its calendar and no community it does not have, in English or Spanish; the
// string modules, shared by every scenario, name no place of any of them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/scenario/schema.ts';
import { endYear } from '../../src/scenario/texts.ts';
import { localizeScenario } from '../../src/scenario/translations.ts';
import { loadScenario } from '../engine/helpers.ts';

const FILES = ['vraem-2012', 'classroom-short', 'upper-huallaga-2005'];
const shipped = FILES.map((file) => ({ file, scenario: loadScenario(`scenarios/${file}.json`) }));
const LOCALES = ['en', 'es'];

/** Names of communities, in both languages. */
function communityNames(scenario: Scenario): Set<string> {
  return new Set(LOCALES.flatMap((locale) => localizeScenario(scenario, locale).communities.flatMap((c) => [c.name, ...(c.shortName ? [c.shortName] : [])])));
}

/** The briefing, the advisers and the glossary's own entries (their sources may cite any year), as players read them. */
function voices(scenario: Scenario): { path: string; text: string }[] {
  const { briefing, advisers, glossary } = scenario;
  return [
    { path: 'briefing.intro', text: briefing.intro },
    ...briefing.objectives.map((text, i) => ({ path: `briefing.objectives[${i}]`, text })),
    ...(briefing.pages ?? []).flatMap((page, i) => [{ path: `briefing.pages[${i}].heading`, text: page.heading }, ...page.paragraphs.map((text, j) => ({ path: `briefing.pages[${i}].paragraphs[${j}]`, text }))]),
    ...advisers.flatMap((a) => [{ path: `advisers[${a.id}].name`, text: a.name }, { path: `advisers[${a.id}].role`, text: a.role }, ...a.lines.map((l) => ({ path: `advisers[${a.id}].lines[${l.id}]`, text: l.text }))]),
    ...glossary.flatMap((e) => [{ path: `glossary[${e.id}].term`, text: e.term }, { path: `glossary[${e.id}].definition`, text: e.definition }]),
  ];
}

const mentions = (text: string, name: string) => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

describe('scenario-true openings', () => {
  for (const { file, scenario } of shipped) {
    const own = communityNames(scenario);
    const others = [...new Set(shipped.flatMap((s) => [...communityNames(s.scenario)]))].filter((name) => !own.has(name) && ![...own].some((mine) => mine.includes(name)));
    const first = scenario.calendar.startYear;
    const last = endYear(scenario.calendar);

    it(`${file}: its own briefing pages and advisers, every line translated`, () => {
      expect(scenario.briefing.pages?.length).toBeGreaterThan(0);
      expect(scenario.advisers.length).toBeGreaterThanOrEqual(4);
      for (const adviser of scenario.advisers) expect(adviser.lines.length, adviser.id).toBeGreaterThanOrEqual(8);
      const spanish = localizeScenario(scenario, 'es');
      const en = voices(scenario);
      voices(spanish).forEach((entry, i) => {
        if (/(name|term)$/.test(entry.path)) return;
        expect(entry.text, entry.path).not.toBe(en[i]!.text);
      });
    });

    for (const locale of LOCALES) {
      it(`${file} (${locale}): briefing, advisers and glossary entries name only years from ${first} to ${last} and only its own communities`, () => {
        for (const { path, text } of voices(localizeScenario(scenario, locale))) {
          for (const year of text.match(/\b(1[89]|20)\d{2}\b/g) ?? []) expect(Number(year), `${path}: ${text}`).toSatisfy((y: number) => y >= first && y <= last);
          for (const name of others) expect(mentions(text, name), `${path} names ${name}: ${text}`).toBe(false);
          expect(text, path).not.toMatch(/\{[A-Za-z]+\}/);
        }
      });
    }
  }

  it('the VRAEM advisers answer what just happened and what the player just did', () => {
    const { scenario } = shipped[0]!;
    const situations = new Set(scenario.advisers.flatMap((a) => a.lines.flatMap((l) => l.when)));
    for (const s of ['abuse', 'money-leaking', 'eradication-drive', 'event:patrol-ambushed', 'good-harvest', 'civilian-harm', 'reprisal']) expect(situations.has(s), s).toBe(true);
    for (const adviser of scenario.advisers) expect(adviser.lines.some((l) => l.when.some((w) => /^(raised|lowered)-/.test(w))), adviser.id).toBe(true);
  });

  it('the VRAEM advisers include an Asháninka voice, a soldier and a coca grower whose family settled the valley', () => {
    const { scenario } = shipped[0]!;
    const said = (pattern: RegExp) => scenario.advisers.find((a) => pattern.test(a.role))!.lines.map((l) => l.text).join(' ');
    expect(said(/Asháninka/)).toMatch(/our land/);
    expect(said(/army officer/)).toMatch(/My soldiers/);
    expect(said(/coca grower/)).toMatch(/My parents came down from the highlands/);
  });

  it('no string module names a place of any shipped scenario', () => {
    const places = new Set<string>(['VRAEM', 'Huallaga', 'Quispe Palomino', 'Artemio']);
    for (const { scenario } of shipped) {
      for (const locale of LOCALES) {
        const s = localizeScenario(scenario, locale);
        for (const name of [...communityNames(s), ...s.map.rivers.map((r) => r.name), ...s.map.regions.map((r) => r.name)]) {
          places.add(name);
          // Region labels are written in capitals on the map; sentences would write them in title case.
          places.add(name.charAt(0) + name.slice(1).toLowerCase());
        }
      }
    }
    for (const module of ['en', 'es']) {
      const text = readFileSync(`src/game/strings/${module}.ts`, 'utf8');
      for (const place of places) expect(mentions(text, place), `src/game/strings/${module}.ts names ${place}`).toBe(false);
    }
  });
});
