/**
 * The language as the page learns it: `?lang=`, the remembered choice, the browser's
 * languages, English. The page's `lang` and title follow the language in use.
 */
import { t } from './index.ts';
import { readStored, remember, resolveLocale, setLocale, type Locale } from './locale.ts';

const storage = () => window.localStorage;

function apply(next: Locale): void {
  setLocale(next);
  document.title = t.appTitle;
}

export function startLocale(): Locale {
  const query = new URLSearchParams(window.location.search).get('lang');
  const browser = navigator.languages?.length ? navigator.languages : [navigator.language];
  const chosen = resolveLocale({ query, stored: readStored(storage), browser });
  apply(chosen);
  return chosen;
}

/** The player's pick on the title screen: used now and remembered for the next visit. */
export function chooseLocale(next: Locale): void {
  apply(next);
  remember(storage, next);
}
