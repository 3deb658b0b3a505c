/**
 * The strings in use. Scenes import `t` and never write visible text themselves; `t` reads
 * from the active locale's dictionary at each access, so `t.section.key` speaks the language
 * chosen with `setLocale` (a scene built after the switch shows it).
 */
import type { Dictionary } from './dictionary.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { locale, type Locale } from './locale.ts';

export { intlTag, locale, setLocale, type Locale } from './locale.ts';
export { fileProblem } from './fileProblems.ts';

const dictionaries: Readonly<Record<Locale, Dictionary>> = { en, es };

export function dictionary(of: Locale): Dictionary {
  return dictionaries[of];
}

export const t: Dictionary = new Proxy({} as Dictionary, {
  get: (_, key) => dictionaries[locale()][key as keyof Dictionary],
});
