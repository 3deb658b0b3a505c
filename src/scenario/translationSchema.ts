/**
 * The `translations` block of a scenario file: by language, then by each text's key — its JSON
 * path with list items named by id where they have one (`"communities[pichari].name"`,
 * `"briefing.objectives[0]"`) — the text in that language. The English texts stay where they
 * are, so a translation never gets in the way of editing the scenario itself.
 */
import { z } from 'zod';

/** The languages the game speaks besides English; a scenario may be translated into these. */
export const TRANSLATION_LOCALES = ['es'] as const;
export type TranslationLocale = (typeof TRANSLATION_LOCALES)[number];

const Texts = z
  .record(z.string().min(1).max(200).describe('Key of a text in this file: its JSON path, list items named by id where they have one, for example "events[donor-mission].title".'), z.string().min(1).max(4000))
  .refine((texts) => Object.keys(texts).length <= 5000, 'expected at most 5000 texts per language')
  .describe('The texts in one language, by the JSON path of the English text they replace.');

export const Translations = z
  .partialRecord(z.enum(TRANSLATION_LOCALES).describe('Language code.'), Texts)
  .default({})
  .describe('The scenario\'s texts in other languages. A text left out is shown in English.');

export type Translations = z.infer<typeof Translations>;
