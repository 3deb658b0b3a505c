/** The glossary: the words a student meets (VRAEM, CAD, ronda campesina, DEVIDA…), each with its source. */
import { t } from '../strings/index.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';

let dialog: Dialog | null = null;

export function openGlossary(): void {
  dialog ??= createDialog('glossary');
  const heading = h('h2', { id: 'glossary-title', tabindex: -1 }, t.glossary.heading);
  const close = h('button', { 'data-testid': 'glossary-close' }, t.onboarding.close);
  close.addEventListener('click', () => dialog?.close());
  const content = h(
    'div',
    { class: 'reading' },
    heading,
    h('p', { class: 'muted' }, t.glossary.intro),
    h(
      'dl',
      { class: 'glossary' },
      ...t.glossary.entries.flatMap((entry) => [
        h('dt', {}, entry.term),
        h('dd', {}, h('p', {}, entry.definition), h('p', { class: 'source' }, t.glossary.source(entry.source))),
      ]),
    ),
    h('div', { class: 'actions' }, close),
  );
  dialog.show(content, 'glossary-title', heading);
}

/** A Glossary button for any screen's toolbar. */
export function glossaryButton(): HTMLButtonElement {
  const button = h('button', { 'data-testid': 'open-glossary' }, t.glossary.button);
  button.addEventListener('click', openGlossary);
  return button;
}
