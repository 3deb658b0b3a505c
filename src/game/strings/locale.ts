/**
 * Which language the game speaks: `?lang=`, else the player's remembered choice, else the
 * browser's languages, else English. Unknown codes fall through to the next source silently,
 * and storage that refuses to be read or written (private windows, file:// in some browsers)
 * never stops the game.
 */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

/** The regional tag each locale formats with: Spanish as written in Peru. */
export const INTL_TAG: Readonly<Record<Locale, string>> = { en: 'en', es: 'es-PE' };

export const STORAGE_KEY = 'btf.locale';

/** `es-PE`, `ES`, `es_419` → `es`; anything the game does not speak → null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const language = tag.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(language ?? '') ? (language as Locale) : null;
}

export interface LocaleSources {
  readonly query: string | null;
  readonly stored: string | null;
  readonly browser: readonly string[];
}

export function resolveLocale(sources: LocaleSources): Locale {
  return matchLocale(sources.query) ?? matchLocale(sources.stored) ?? sources.browser.map(matchLocale).find((l) => l !== null) ?? 'en';
}

export function readStored(storage: () => Storage): string | null {
  try {
    return storage().getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function remember(storage: () => Storage, locale: Locale): void {
  try {
    storage().setItem(STORAGE_KEY, locale);
  } catch {
    // The choice still holds for this visit; it just will not be remembered.
  }
}

let active: Locale = 'en';

export function locale(): Locale {
  return active;
}

/** The BCP 47 tag for `Intl` formatting and `<html lang>` in the active locale. */
export function intlTag(): string {
  return INTL_TAG[active];
}

/** Switches the language; the page's `lang` follows so screen readers pronounce it right. */
export function setLocale(next: Locale): void {
  active = next;
  if (typeof document !== 'undefined') document.documentElement.lang = INTL_TAG[next];
}
