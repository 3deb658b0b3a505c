/**
 * Translations side by side: every English text of the draft beside its Spanish text, under the
 * key the scenario file's `translations` block uses. An emptied Spanish text is taken out (the
 * game then shows the English).
 */
import { textFields, translationPath } from '../../scenario/translations.ts';
import { TRANSLATION_LOCALES } from '../../scenario/translationSchema.ts';
import { dictionary, type Locale } from '../strings/index.ts';
import { h } from '../ui/dom.ts';

export function translationsView(draft: unknown, lang: Locale, set: (path: readonly string[], value: string | undefined) => void): HTMLElement {
  const w = dictionary(lang).workshop;
  const locale = TRANSLATION_LOCALES[0];
  const block = (draft as { translations?: Record<string, Record<string, unknown>> } | null)?.translations?.[locale] ?? {};
  const fields = textFields(draft);
  // Translations of texts the draft no longer has (a community removed) stay listed, to be emptied.
  const orphans = Object.keys(block).filter((key) => !fields.has(key));
  const entries: [string, string | null][] = [...[...fields].map(([key, { text }]): [string, string | null] => [key, text]), ...orphans.map((key): [string, null] => [key, null])];
  const rows = entries.map(([key, english]) => {
    const text = english ?? '';
    const id = `ws:${translationPath(locale, key)}`;
    const current = typeof block[key] === 'string' ? block[key] : '';
    const input = text.length > 70 ? h('textarea', { id, rows: Math.min(8, 2 + Math.floor(text.length / 90)), 'aria-describedby': `${id}:en ${id}:error`, 'data-key': key }) : h('input', { id, type: 'text', 'aria-describedby': `${id}:en ${id}:error`, 'data-key': key });
    input.value = current;
    input.addEventListener('change', () => set(['translations', locale, key], input.value.trim() === '' ? undefined : input.value));
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, h('label', { for: id }, h('code', {}, key))),
      english === null ? h('td', { id: `${id}:en`, class: 'muted' }, w.orphan) : h('td', { id: `${id}:en`, lang: 'en' }, text),
      h('td', { lang: locale }, input, h('p', { class: 'ws-error', id: `${id}:error`, 'data-testid': 'field-error' })),
    );
  });
  return h(
    'section',
    { class: 'ws-translations', 'aria-labelledby': 'ws-translations-heading' },
    h('h3', { id: 'ws-translations-heading' }, w.group.translations),
    h('p', { class: 'small muted' }, w.translationsHelp),
    h('div', { class: 'table-scroll' }, h('table', { class: 'ws-translation-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, w.key), h('th', { scope: 'col' }, w.english), h('th', { scope: 'col' }, w.spanish))), h('tbody', {}, ...rows))),
  );
}
