/**
 * The scenario as the player reads it: its texts in the active language where the file has a
 * translation, English otherwise. Scenes show this copy; the session keeps the original, so a
 * game's replay is the same whatever language it was played in.
 */
import { localizeScenario } from '../scenario/translations.ts';
import type { Scenario } from '../scenario/schema.ts';
import { t } from './strings/index.ts';
import { locale } from './strings/locale.ts';

/** Sources' dates and publications in the active language: "April 2014" reads "abril de 2014" in Spanish. */
function withSourceWords(scenario: Scenario): Scenario {
  const sources = scenario.sources.map((s) => ({ ...s, date: t.sources.date(s.date), publication: t.sources.publication(s.publication) }));
  return sources.every((s, i) => s.date === scenario.sources[i]!.date && s.publication === scenario.sources[i]!.publication) ? scenario : { ...scenario, sources };
}

const cache = new WeakMap<Scenario, Map<string, Scenario>>();

export function shown(scenario: Scenario): Scenario {
  const byLocale = cache.get(scenario) ?? new Map<string, Scenario>();
  cache.set(scenario, byLocale);
  const language = locale();
  const localized = byLocale.get(language) ?? withSourceWords(localizeScenario(scenario, language));
  byLocale.set(language, localized);
  return localized;
}
