/** The language picker: a labelled native select, each language named in itself. */
import { chooseLocale } from '../strings/browserLocale.ts';
import { t } from '../strings/index.ts';
import { INTL_TAG, LOCALES, locale, type Locale } from '../strings/locale.ts';
import { h } from './dom.ts';

export function languagePicker(onChange: () => void): HTMLElement {
  const select = h(
    'select',
    { id: 'language', 'data-testid': 'language' },
    ...LOCALES.map((l) => h('option', { value: l, lang: INTL_TAG[l], selected: l === locale() }, t.language.names[l])),
  );
  select.addEventListener('change', () => {
    chooseLocale(select.value as Locale);
    onChange();
  });
  return h('div', { class: 'language-picker' }, h('label', { for: 'language' }, t.language.label), select);
}
