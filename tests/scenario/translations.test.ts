import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeCommunities, createGame } from '../../src/engine/index.ts';
import { validateScenarioText } from '../../src/authoring/validateFile.ts';
import { parseScenario, valueAtPath } from '../../src/scenario/load.ts';
import { localizeScenario, missingTranslations, scenarioText, textFields } from '../../src/scenario/translations.ts';

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

describe('text fields', () => {
  it('name every player-facing text and nothing else, by id where list items have one', () => {
    const scenario = parse(englishOnly());
    const fields = textFields(scenario);
    const asked = scenario.events.find((e) => e.choice)!;
    expect(fields.get(`communities[${scenario.communities[0]!.id}].name`)).toEqual({ text: scenario.communities[0]!.name, path: 'communities[0].name' });
    expect(fields.get(`events[${asked.id}].choice.options[${asked.choice!.options[1]!.id}].label`)?.text).toBe(asked.choice!.options[1]!.label);
    expect(fields.get('briefing.objectives[2]')).toEqual({ text: scenario.briefing.objectives[2], path: 'briefing.objectives[2]' });
    // Each field's path reads back its text, so the validator points at the right line.
    for (const [key, { text, path }] of fields) expect(valueAtPath(scenario, path), key).toBe(text);
    // Ids, source titles and notes for authors stay as they are; where a note points is translated,
    // and so are a calibration entry's note and why it supports its range (teachers read them), keyed by the figure's path.
    expect([...fields.keys()].filter((p) => /\.id$|^sources|^calibration|^checks/.test(p) && !/^calibration\[.+\]\.(supports\.reason|note)$/.test(p))).toEqual([]);
    expect(fields.get('calibration[mechanisms.eradication-shock.replantShare].supports.reason')?.path).toMatch(/^calibration\[\d+\]\.supports\.reason$/);
    expect(fields.get(`evidence[${scenario.evidence[0]!.id}].locator`)?.text).toBe(scenario.evidence[0]!.locator);
  });

  it('keeps a translation on its text when items are removed or reordered', () => {
    const input = englishOnly() as Record<string, unknown> & { events: { id: string; title: string }[] };
    const last = input.events[input.events.length - 1]!;
    input.translations = { es: { [`events[${last.id}].title`]: 'El último' } };
    input.events.reverse();
    input.events.pop();
    const spanish = localizeScenario(parse(input), 'es');
    expect(spanish.events.find((e) => e.id === last.id)!.title).toBe('El último');
    expect(spanish.events.filter((e) => e.title === 'El último')).toHaveLength(1);
  });
});

describe('a translated scenario', () => {
  it('shows each text in the language where translated, in English where not', () => {
    const input = englishOnly();
    const first = (input.communities as { id: string }[])[0]!.id;
    input.translations = { es: { [`communities[${first}].name`]: 'Llochegua (selva)', 'briefing.intro': 'Tienes dos años.' } };
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

  it('fills placeholders in a translation from the translated scenario', () => {
    const input = englishOnly() as Record<string, unknown> & { clan: Record<string, unknown>; calendar: { startYear: number } };
    const criterion = (input.assessment as { id: string }[])[5]!.id;
    input.translations = { es: { 'clan.shortName': 'clan Quispe Palomino', [`assessment[${criterion}].description`]: 'La fuerza del {clan} desde {startYear}.' } };
    const spanish = localizeScenario(parse(input), 'es');
    expect(spanish.assessment[5]!.description).toBe(`La fuerza del clan Quispe Palomino desde ${input.calendar.startYear}.`);
    input.translations = { es: { summary: 'Desde {year}.' } };
    const findings = validateScenarioText(JSON.stringify(input), { seeds: 2 }).findings.filter((f) => f.level === 'error');
    expect(findings.map((f) => `${f.path}: ${f.message}`)).toEqual(['translations.es.summary: unknown placeholder {year} (known: {startYear}, {endYear}, {quarters}, {communities}, {population}, {clan}, {clanName})']);
  });

  it('changes no number: the engine sees the same game in any language', () => {
    const scenario = parse(raw());
    const spanish = localizeScenario(scenario, 'es');
    const strip = (s: typeof scenario) => summarizeCommunities(s, createGame(s, '1')).map(({ name: _, ...numbers }) => numbers);
    expect(strip(spanish)).toEqual(strip(scenario));
  });

  it('reports a translation of a text the scenario does not have, naming it, and the game ignores it', () => {
    const input = englishOnly();
    input.translations = { es: { 'communities[nobody].name': 'Nadie', 'calendar.turns': 'ocho', summary: 'Resumen' } };
    const errors = validateScenarioText(JSON.stringify(input, null, 2), { seeds: 2 }).findings.filter((f) => f.level === 'error');
    expect(errors.map((f) => `${f.path}: ${f.message}`)).toEqual([
      'translations.es["communities[nobody].name"]: "communities[nobody].name" names no text of this scenario (list items are named by id where they have one), so this translation would never show',
      'translations.es["calendar.turns"]: "calendar.turns" names no text of this scenario (list items are named by id where they have one), so this translation would never show',
    ]);
    // A variant that drops a community keeps loading, its stray translation unused.
    const scenario = parse(input);
    expect(localizeScenario(scenario, 'es').summary).toBe('Resumen');
    expect(localizeScenario(scenario, 'es').calendar.turns).toBe(scenario.calendar.turns);
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
    input.translations = { es: { summary: 'Tres comunidades del VRAEM.', 'levers[nothing].label': 'Nada' } };
    const text = JSON.stringify(input, null, 2);
    const report = validateScenarioText(text, { seeds: 2 });
    const unknown = report.findings.find((f) => f.level === 'error')!;
    expect(unknown.path).toBe('translations.es["levers[nothing].label"]');
    const keyLine = text.split('\n').findIndex((l) => l.includes('"levers[nothing].label": "Nada"')) + 1;
    expect(unknown.line).toBe(keyLine);

    const valid = JSON.stringify({ ...input, translations: { es: { summary: 'Tres comunidades del VRAEM.' } } }, null, 2);
    const warnings = validateScenarioText(valid, { seeds: 2 }).findings.filter((f) => f.message.includes('no "es" translation'));
    // Every text but the translated summary, less the notes on figures, whose translation is optional.
    const expected = [...textFields(parse(englishOnly())).values()].filter((field) => !field.optional).length - 1;
    expect(warnings.length).toBe(expected);
    expect(warnings.every((f) => f.level === 'warning')).toBe(true);
    expect(warnings.map((f) => f.path)).not.toContain('summary');
    const intro = warnings.find((f) => f.path === 'briefing.intro')!;
    expect(valid.split('\n')[intro.line! - 1]).toContain('"intro"');
  });

  it.each(['classroom-short', 'upper-huallaga-2005', 'vraem-2012'])('finds the shipped %s scenario complete in Spanish', (name) => {
    expect(missingTranslations(parse(JSON.parse(readFileSync(`scenarios/${name}.json`, 'utf8'))))).toEqual([]);
  });
});

describe('notes teachers also read', () => {
  it('are translated where the file has a translation, and never reported missing', () => {
    const scenario = parse(raw());
    const path = 'mechanisms.eradication-shock.replantShare';
    const i = scenario.calibration.findIndex((c) => c.path === path);
    const key = `calibration[${path}].note`;
    expect(textFields(scenario).get(key)).toEqual({ text: scenario.calibration[i]!.note, path: `calibration[${i}].note`, optional: true });
    expect(localizeScenario(scenario, 'es').calibration[i]!.note).toBe(scenario.translations.es![key]);
    const untranslated = scenario.calibration.findIndex((c) => !(`calibration[${c.path}].note` in scenario.translations.es!));
    expect(untranslated).toBeGreaterThanOrEqual(0);
    expect(missingTranslations(scenario).some((m) => m.path.startsWith('calibration['))).toBe(false);
    const dropped = { ...scenario, translations: { es: { ...scenario.translations.es } } };
    delete dropped.translations.es[`calibration[${scenario.calibration[i]!.path}].supports.reason`];
    expect(missingTranslations(dropped)).toEqual([{ locale: 'es', key: `calibration[${path}].supports.reason`, path: `calibration[${i}].supports.reason` }]);
  });
});
