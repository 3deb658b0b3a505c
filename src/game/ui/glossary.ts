/**
 * The glossary: the words a student meets (CAD, ronda campesina, DEVIDA…), each with its source.
 * The scenario being played or chosen adds the entries true of its own place and period (the
 * valley, its people, its armed group); the string modules hold the entries true of every scenario.
 */
import type { Scenario } from '../../scenario/schema.ts';
import { shown } from '../shownScenario.ts';
import { t } from '../strings/index.ts';
import { createDialog, type Dialog } from './dialog.ts';
import { h } from './dom.ts';

let dialog: Dialog | null = null;

export function openGlossary(scenario?: Scenario): void {
  dialog ??= createDialog('glossary');
  const heading = h('h2', { id: 'glossary-title', tabindex: -1 }, t.glossary.heading);
  const close = h('button', { 'data-testid': 'glossary-close' }, t.onboarding.close);
  close.addEventListener('click', () => dialog?.close());
  const entries = [...(scenario ? shown(scenario).glossary : []), ...t.glossary.entries];
  const content = h(
    'div',
    { class: 'reading' },
    heading,
    h('p', { class: 'muted' }, t.glossary.intro),
    h(
      'dl',
      { class: 'glossary' },
      ...entries.flatMap((entry) => [
        h('dt', {}, entry.term),
        h('dd', {}, h('p', {}, entry.definition), h('p', { class: 'source' }, t.glossary.source(entry.source))),
      ]),
    ),
    h('div', { class: 'actions' }, close),
  );
  dialog.show(content, 'glossary-title', heading);
}

/** A Glossary button for any screen's toolbar; `scenario` gives the scenario in view, if any. */
export function glossaryButton(scenario: () => Scenario | undefined = () => undefined): HTMLButtonElement {
  const button = h('button', { 'data-testid': 'open-glossary' }, t.glossary.button);
  button.addEventListener('click', () => openGlossary(scenario()));
  return button;
}
