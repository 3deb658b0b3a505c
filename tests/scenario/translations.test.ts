import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeCommunities, createGame } from '../../src/engine/index.ts';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { parseScenario, valueAtPath } from '../../src/scenario/load.ts';
import { localizeScenario, missingTranslations, scenarioText, textPaths } from '../../src/scenario/translations.ts';

const file = 'scenarios/classroom-short.json';
const raw = () => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> & { translations?: Record<string, Record<string, string>> };
const englishOnly = () => {
  const scenario = raw();
  delete scenario.translations;
  return scenario;
};
const parse = (input: unknown) => {
  const parsed = parseScenario(input);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
};

describe('text paths', () => {
  it('name every player-facing text and nothing else: each path reads back its English text', () => {
    const scenario = parse(englishOnly());
    const paths = textPaths(scenario);
    expect(paths.get('communities[0].name')).toBe(scenario.communities[0]!.name);
    expect(paths.get('events[0].choice.options[1].label')).toBe(scenario.events[0]!.choice?.options[1]?.label);
    expect(paths.get('briefing.objectives[2]')).toBe(scenario.briefing.objectives[2]);
    for (const [path, text] of paths) expect(valueAtPath(scenario, path), path).toBe(text);
    // Ids, source titles and notes for authors stay as they are; where a note points is translated.
    expect([...paths.keys()].filter((p) => /\.id$|^sources|^calibration|^checks/.test(p))).toEqual([]);
    expect(paths.get('evidence[0].locator')).toBe(scenario.evidence[0]!.locator);
  });
});

describe('a translated scenario', () => {
  it('shows each text in the language where translated, in English where not', () => {
    const input = englishOnly();
    input.translations = { es: { 'communities[0].name': 'Llochegua (selva)', 'briefing.intro': 'Tienes dos años.' } };
    const scenario = parse(input);
    const spanish = localizeScenario(scenario, 'es');
    expect(spanish.communities[0]!.name).toBe('Llochegua (selva)');
    expect(spanish.briefing.intro).toBe('Tienes dos años.');
    expect(spanish.communities[1]!.name).toBe(scenario.communities[1]!.name);
    expect(scenarioText(scenario, 'briefing.intro', 'es')).toBe('Tienes dos años.');
    expect(scenarioText(scenario, 'briefing.intro', 'en')).toBe(scenario.briefing.intro);
    expect(scenarioText(scenario, 'summary', 'es')).toBe(scenario.summary);
    expect(scenarioText(scenario, 'calendar.turns', 'es')).toBeUndefined();
    expect(localizeScenario(scenario, 'fr')).toBe(scenario);
  });

  it('changes no number: the engine sees the same game in any language', () => {
    const scenario = parse(raw());
    const spanish = localizeScenario(scenario, 'es');
    const strip = (s: typeof scenario) => summarizeCommunities(s, createGame(s, '1')).map(({ name: _, ...numbers }) => numbers);
    expect(strip(spanish)).toEqual(strip(scenario));
  });

  it('refuses a translation of a text the scenario does not have, naming it', () => {
    const input = englishOnly();
    input.translations = { es: { 'communities[9].name': 'Nadie', 'calendar.turns': 'ocho' } };
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toContain('translations.es["communities[9].name"]: "communities[9].name" is not a text of this scenario, so this translation would never show');
    expect(parsed.errors.some((e) => e.startsWith('translations.es["calendar.turns"]'))).toBe(true);
  });

  it('refuses an unknown language and an empty text', () => {
    const input = englishOnly();
    input.translations = { fr: { summary: 'Résumé' }, es: { summary: '' } };
    const parsed = parseScenario(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toMatch(/translations\.fr|translations: .*"fr"/);
    if (!parsed.ok) expect(parsed.errors.join('\n')).toContain('translations.es.summary: expected a non-empty text');
  });
});

describe('npm run validate on translations', () => {
  it('warns of each missing translation at its English text, and errs on an unknown one at its key', () => {
    const input = englishOnly();
    input.translations = { es: { summary: 'Tres comunidades del VRAEM.', 'levers[7].label': 'Nada' } };
    const text = JSON.stringify(input, null, 2);
    const report = validateScenarioText(text, { seeds: 2 });
    const unknown = report.findings.find((f) => f.level === 'error')!;
    expect(unknown.path).toBe('translations.es["levers[7].label"]');
    const keyLine = text.split('\n').findIndex((l) => l.includes('"levers[7].label": "Nada"')) + 1;
    expect(unknown.line).toBe(keyLine);

    const valid = JSON.stringify({ ...input, translations: { es: { summary: 'Tres comunidades del VRAEM.' } } }, null, 2);
    const warnings = validateScenarioText(valid, { seeds: 2 }).findings.filter((f) => f.message.includes('no "es" translation'));
    expect(warnings.length).toBe(textPaths(parse(englishOnly())).size - 1);
    expect(warnings.every((f) => f.level === 'warning')).toBe(true);
    expect(warnings.map((f) => f.path)).not.toContain('summary');
    const intro = warnings.find((f) => f.path === 'briefing.intro')!;
    expect(valid.split('\n')[intro.line! - 1]).toContain('"intro"');
  });

  it('finds the shipped classroom scenario complete in Spanish', () => {
    expect(missingTranslations(parse(raw()))).toEqual([]);
  });
});
