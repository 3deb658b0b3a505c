/**
 * Which fields of a scenario are texts players read, and the scenario as a player of another
 * language sees it: each text replaced by its translation where there is one, English otherwise.
 * Identifiers, sources (a published title keeps its own language) and notes for authors
 * (calibration, checks) are not translated; where in a source a note points (its locator) is.
 */
import type { Scenario } from './schema.ts';
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
  'clan.description',
  'evidence[].paraphrase',
  'evidence[].locator',
  'events[].title',
  'events[].text',
  'events[].choice.prompt',
  'events[].choice.options[].label',
  'events[].choice.options[].text',
  'briefing.intro',
  'briefing.objectives[]',
  'assessment[].label',
  'assessment[].description',
  'debriefPrompts[]',
] as const;

/** Every text present in the scenario, by JSON path, in file order of the fields above. */
export function textPaths(scenario: unknown): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (node: unknown, parts: readonly string[], path: string) => {
    if (parts.length === 0) {
      if (typeof node === 'string') found.set(path, node);
      return;
    }
    const [head, ...rest] = parts as [string, ...string[]];
    if (head === '[]') {
      if (Array.isArray(node)) node.forEach((item, i) => walk(item, rest, `${path}[${i}]`));
      return;
    }
    if (node !== null && typeof node === 'object' && head in node) walk((node as Record<string, unknown>)[head], rest, path ? `${path}.${head}` : head);
  };
  for (const field of TEXT_FIELDS) walk(scenario, field.replace(/\[\]/g, '.[]').split('.').filter(Boolean), '');
  return found;
}

/** One text in the locale, falling back to English; undefined if the path names no text. */
export function scenarioText(scenario: Scenario, path: string, locale: string): string | undefined {
  const english = textPaths(scenario).get(path);
  if (english === undefined) return undefined;
  return isTranslated(locale) ? (scenario.translations[locale]?.[path] ?? english) : english;
}

function isTranslated(locale: string): locale is TranslationLocale {
  return (TRANSLATION_LOCALES as readonly string[]).includes(locale);
}

/**
 * The scenario with every text in the locale (English where no translation exists). Numbers
 * and ids are untouched, so engine summaries of the copy match the original's.
 */
export function localizeScenario(scenario: Scenario, locale: string): Scenario {
  const texts = isTranslated(locale) ? scenario.translations[locale] : undefined;
  if (!texts || Object.keys(texts).length === 0) return scenario;
  const copy = JSON.parse(JSON.stringify(scenario)) as Scenario;
  for (const path of textPaths(scenario).keys()) {
    const text = texts[path];
    if (text !== undefined) setAtPath(copy, path, text);
  }
  return copy;
}

function setAtPath(root: unknown, path: string, value: string): void {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  let node = root as Record<string, unknown>;
  for (const part of parts.slice(0, -1)) node = node[part] as Record<string, unknown>;
  node[parts[parts.length - 1]!] = value;
}

/** The path of a translation entry, its key quoted since it holds dots and brackets. */
export function translationPath(locale: string, key: string): string {
  return `translations.${locale}[${JSON.stringify(key)}]`;
}

/** Errors (`path: problem`) for translations of texts the scenario does not have. */
export function unknownTranslations(scenario: Scenario): string[] {
  const texts = textPaths(scenario);
  return TRANSLATION_LOCALES.flatMap((locale) =>
    Object.keys(scenario.translations[locale] ?? {})
      .filter((key) => !texts.has(key))
      .map((key) => `${translationPath(locale, key)}: "${key}" is not a text of this scenario, so this translation would never show`),
  );
}

/** Texts with no translation in a language the game speaks, by the English text's path. */
export function missingTranslations(scenario: Scenario): { locale: TranslationLocale; path: string }[] {
  const paths = [...textPaths(scenario).keys()];
  return TRANSLATION_LOCALES.flatMap((locale) => paths.filter((path) => !(path in (scenario.translations[locale] ?? {}))).map((path) => ({ locale, path })));
}
