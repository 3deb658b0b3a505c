/**
 * Readable names for the workshop's fields, in English and Spanish, and the Spanish help (the
 * English help is the schema's own `.describe()`). Keyed by the field's place in the scenario
 * file with list positions as `[]`: `communities[].cocaHectares`, `mechanisms.livelihood.dayWage`.
 */
import type { Locale } from '../strings/index.ts';
import { FIELD_TEXTS_ES, VARIANT_HELP_ES } from './fieldTexts.es.ts';

export interface FieldText {
  /** English label. */
  readonly en: string;
  /** Spanish label. */
  readonly es: string;
  /** Spanish help (the English help is the schema's). */
  readonly helpEs: string;
}

export const FIELD_TEXTS: Readonly<Record<string, FieldText>> = FIELD_TEXTS_ES;

/** The key of a value's place in the file: `['communities', 3, 'trust']` → `communities[].trust`. */
export function fieldKey(path: readonly (string | number)[]): string {
  let key = '';
  for (const step of path) key += typeof step === 'number' ? '[]' : key ? `.${step}` : step;
  return key;
}

/** The field's name in the page's language, if it has one. */
export function fieldLabel(path: readonly (string | number)[], lang: Locale): string | undefined {
  return FIELD_TEXTS[fieldKey(path)]?.[lang];
}

/** The field's help in the page's language: the schema's English, or its Spanish (for the kind of condition or effect it belongs to, when that changes it). */
export function fieldHelp(path: readonly (string | number)[], lang: Locale, english: string): string {
  if (lang !== 'es' || !english) return english;
  return VARIANT_HELP_ES[english] ?? (FIELD_TEXTS[fieldKey(path)]?.helpEs || english);
}
