/**
 * Which fields of a scenario are texts players read, and the scenario as a player of another
 * language sees it: each text replaced by its translation where there is one, English otherwise.
 * Identifiers, sources (a published title keeps its own language) and the checks' notes for
 * authors are not translated; where in a source a note points (its locator) is. Teachers read a
 * calibration entry beside its figure: why it supports its range is translated, and its note may
 * be (see OPTIONAL_TEXT_FIELDS).
 */
import type { Scenario } from './schema.ts';
import { PLACEHOLDERS, fillText } from './texts.ts';
import { TRANSLATION_LOCALES, type TranslationLocale } from './translationSchema.ts';

/** Text fields, `[]` standing for every item of a list. */
export const TEXT_FIELDS = [
  'title',
  'summary',
  'budget.currency',
  'levers[].label',
  'levers[].description',
  'levers[].unit',
  'map.rivers[].name',
  'map.regions[].name',
  'communities[].name',
  'communities[].shortName',
  'communities[].note',
  'clan.name',
  'clan.shortName',
  'clan.description',
  'evidence[].paraphrase',
  'evidence[].locator',
  'timeline[].title',
  'timeline[].text',
  'timeline[].locator',
  'events[].title',
  'events[].text',
  'events[].choice.prompt',
  'events[].choice.options[].label',
  'events[].choice.options[].text',
  'briefing.intro',
  'briefing.objectives[]',
  'briefing.pages[].heading',
  'briefing.pages[].paragraphs[]',
  'glossary[].term',
  'glossary[].definition',
  'glossary[].source',
  'advisers[].name',
  'advisers[].role',
  'advisers[].lines[].text',
  'assessment[].label',
  'assessment[].description',
  'debriefPrompts[]',
  'calibration[].supports.reason',
] as const;

/**
 * Notes written for authors that teachers also read, beside a figure in the Assumptions panel:
 * shown in another language where the file has a translation, in English otherwise, and never
 * reported missing (a scenario need not translate every note on its numbers).
 */
export const OPTIONAL_TEXT_FIELDS = ['calibration[].note'] as const;

export interface TextField {
  /** The English text (placeholders filled, once loaded). */
  readonly text: string;
  /** Its JSON path in the file, such as `events[2].title`: where the validator points. */
  readonly path: string;
  /** A note for authors whose translation is welcome but not expected (see OPTIONAL_TEXT_FIELDS). */
  readonly optional?: true;
}

/**
 * Every text present in the scenario, by its translation key, in the order of the fields above.
 * A key names list items by their id where they have one (`events[coca-strike].title`), a
 * calibration entry by the path of the figure it explains, and other items by position
 * (`briefing.objectives[2]`), so adding, removing or reordering events, communities, evidence
 * notes or calibration entries never moves a translation onto another text.
 */
export function textFields(scenario: unknown): Map<string, TextField> {
  const found = new Map<string, TextField>();
  const walk = (node: unknown, parts: readonly string[], key: string, path: string, optional: boolean) => {
    if (parts.length === 0) {
      if (typeof node === 'string') found.set(key, optional ? { text: node, path, optional } : { text: node, path });
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (head === '[]') {
      if (!Array.isArray(node)) return;
      node.forEach((item, i) => {
        const named = item !== null && typeof item === 'object' ? (item as { id?: unknown; path?: unknown }) : {};
        const id = typeof named.id === 'string' ? named.id : typeof named.path === 'string' ? named.path : String(i);
        walk(item, rest, `${key}[${id}]`, `${path}[${i}]`, optional);
      });
      return;
    }
    if (node !== null && typeof node === 'object' && head in node) {
      const child = (node as Record<string, unknown>)[head];
      walk(child, rest, key ? `${key}.${head}` : head, path ? `${path}.${head}` : head, optional);
    }
  };
  const parts = (field: string) => field.replace(/\[\]/g, '.[]').split('.').filter(Boolean);
  for (const field of TEXT_FIELDS) walk(scenario, parts(field), '', '', false);
  for (const field of OPTIONAL_TEXT_FIELDS) walk(scenario, parts(field), '', '', true);
  return found;
}

/** Every text present in the scenario, by translation key. */
export function textPaths(scenario: unknown): Map<string, string> {
  return new Map([...textFields(scenario)].map(([key, field]) => [key, field.text]));
}

/** One text in the locale, by its key, falling back to English; undefined if the key names no text. */
export function scenarioText(scenario: Scenario, key: string, locale: string): string | undefined {
  return textPaths(localizeScenario(scenario, locale)).get(key);
}

function isTranslated(locale: string): locale is TranslationLocale {
  return (TRANSLATION_LOCALES as readonly string[]).includes(locale);
}

/**
 * The scenario with every text in the locale (English where no translation exists). Numbers
 * and ids are untouched, so engine summaries of the copy match the original's. Placeholders in
 * the translations ({clan}, {startYear}…) are filled from the translated scenario, so {clan}
 * reads as the group's name in that language.
 */
export function localizeScenario(scenario: Scenario, locale: string): Scenario {
  const texts = isTranslated(locale) ? scenario.translations[locale] : undefined;
  if (!texts || Object.keys(texts).length === 0) return scenario;
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  const translated = [...textFields(scenario)].filter(([key]) => texts[key] !== undefined);
  for (const [key, { path }] of translated) setAtPath(copy, path, texts[key]!);
  for (const [key, { path }] of translated) setAtPath(copy, path, fillText(texts[key]!, copy));
  return copy;
}

function setAtPath(root: unknown, path: string, value: string): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node = root as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

/** The path of a translation entry; a key holding dots or brackets is quoted, as in zod's messages. */
export function translationPath(locale: string, key: string): string {
  return /[.[\]"]/.test(key) ? `translations.${locale}[${JSON.stringify(key)}]` : `translations.${locale}.${key}`;
}

/**
 * Errors (`path: problem`) for translations of texts the scenario does not have, or with unknown
 * placeholders. The validator reports them; the game ignores such entries (a variant that drops a
 * community still loads), since only a real text's translation is ever shown.
 */
export function unknownTranslations(scenario: Scenario): string[] {
  const texts = textPaths(scenario);
  const known = new Set<string>(PLACEHOLDERS);
  return TRANSLATION_LOCALES.flatMap((locale) =>
    Object.entries(scenario.translations[locale] ?? {}).flatMap(([key, text]) => {
      const path = translationPath(locale, key);
      if (!texts.has(key)) return [`${path}: "${key}" names no text of this scenario (list items are named by id where they have one), so this translation would never show`];
      return [...text.matchAll(/\{([A-Za-z]+)\}/g)].filter((m) => !known.has(m[1]!)).map((m) => `${path}: unknown placeholder {${m[1]}} (known: ${PLACEHOLDERS.map((p) => `{${p}}`).join(', ')})`);
    }),
  );
}

/** Texts with no translation in a language the game speaks: the key to add and where the English is. */
export function missingTranslations(scenario: Scenario): { locale: TranslationLocale; key: string; path: string }[] {
  const fields = [...textFields(scenario)];
  return TRANSLATION_LOCALES.flatMap((locale) => fields.filter(([key, field]) => !field.optional && !(key in (scenario.translations[locale] ?? {}))).map(([key, { path }]) => ({ locale, key, path })));
}
