/**
 * The scenario as the player reads it: its texts in the active language where the file has a
 * translation, English otherwise. Scenes show this copy; the session keeps the original, so a
 * game's replay is the same whatever language it was played in.
 */
import { localizeScenario } from '../scenario/translations.ts';
import type { Scenario } from '../scenario/schema.ts';
import { locale } from './strings/locale.ts';

const cache = new WeakMap<Scenario, Map<string, Scenario>>();

export function shown(scenario: Scenario): Scenario {
  const byLocale = cache.get(scenario) ?? new Map<string, Scenario>();
  cache.set(scenario, byLocale);
  const language = locale();
  const localized = byLocale.get(language) ?? localizeScenario(scenario, language);
  byLocale.set(language, localized);
  return localized;
}
